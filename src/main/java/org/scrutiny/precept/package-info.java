/**
 * The precept review (Police Reform and Social Responsibility Act 2011, Schedule 5, and SI
 * 2012/2271 Part 2): the Commissioner's notification, the statutory timetable, the veto vote with
 * its two-thirds threshold of the whole membership, the panel's reports, a revised precept after a
 * veto, and the Commissioner's response.
 */
@ApplicationModule(displayName = "Precept")
package org.scrutiny.precept;

import org.springframework.modulith.ApplicationModule;
