/**
 * Recommendations and reports of the panel to the Commissioner, which the panel must publish
 * (Police Reform and Social Responsibility Act 2011, s.28(7)), the Commissioner's responses, their
 * due dates on working days, and email reminders before and when a response is overdue.
 */
@ApplicationModule(displayName = "Recommendations")
package org.scrutiny.recommendations;

import org.springframework.modulith.ApplicationModule;
