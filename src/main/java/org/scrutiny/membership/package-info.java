/**
 * The panel, its constituent authorities, the people on it and around it: members and their
 * terms, roles per municipal year, substitutes, the panel's officers and the Commissioner's
 * office. Answers "who were the members on date D".
 */
@ApplicationModule(displayName = "Membership")
package org.scrutiny.membership;

import org.springframework.modulith.ApplicationModule;
