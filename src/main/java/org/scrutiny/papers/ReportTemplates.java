package org.scrutiny.papers;

import java.time.LocalDate;
import java.util.Optional;
import org.scrutiny.meetings.ItemPurpose;

/**
 * Drafts other modules write for a report on a standing item, from their records, such as the
 * forward plan from the Police and Crime Plan's deliverables. The author fills the report in from
 * the draft and edits it before submitting it, so nobody retypes lists the records already hold.
 */
public interface ReportTemplates {

    /** A report's sections as drafted; each line becomes a paragraph. */
    record Draft(
            String purpose,
            String recommendations,
            String termsOfReference,
            String background,
            String keyIssues,
            String implications,
            String consultation,
            String nextSteps,
            String backgroundDocuments,
            String appendices) {}

    /** Whether this module drafts reports on items of this purpose: a cheap check, for showing the button. */
    boolean drafts(ItemPurpose purpose);

    /** Where the draft comes from, as the button that fills the report in names it. */
    String source();

    /** A draft for the report on an item of this purpose at a meeting on {@code meetingDay}; empty when there is none. */
    Optional<Draft> draftFor(ItemPurpose purpose, LocalDate meetingDay);
}
