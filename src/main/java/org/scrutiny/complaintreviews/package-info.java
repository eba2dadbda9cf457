/**
 * The Commissioner's office's side of police complaints: requests to review how the force handled
 * a complaint (the 28-day window, the relevant review body and Schedule 3 computed, confirmation,
 * the review and its suspensions, the decision on whether the outcome was reasonable and
 * proportionate, quality assurance, the letter, the force's answers to its recommendations), and
 * complaints about the Chief Constable. Its figures for any period go to the office's page and, as
 * a generated paper, to the panel's agenda. No case reaches a public page, a feed or an email
 * update; the complainant's personal data is erased after the retention period, the counts kept.
 */
@ApplicationModule(displayName = "Complaint reviews")
package org.scrutiny.complaintreviews;

import org.springframework.modulith.ApplicationModule;
