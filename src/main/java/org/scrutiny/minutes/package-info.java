/**
 * The record of a meeting: attendance (members, apologies, substitutes, officers, others), quorum,
 * declarations of interest, the numbered minutes with their points and decisions, their approval
 * at the next meeting, and the actions the meeting gave rise to.
 */
@ApplicationModule(displayName = "Minutes")
package org.scrutiny.minutes;

import org.springframework.modulith.ApplicationModule;
