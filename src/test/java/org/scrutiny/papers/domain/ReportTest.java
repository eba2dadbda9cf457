package org.scrutiny.papers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scrutiny.shared.BusinessRuleViolation;

class ReportTest {

    private static final Report.Sections WRITTEN = new Report.Sections(
            "To set out the Commissioner's approach to communications and engagement.",
            "The Panel is recommended to note the report.",
            null,
            "First paragraph.\n\nSecond paragraph.",
            null,
            null,
            null,
            null,
            null,
            null);

    private static Report requested() {
        return Report.request(
                4, 7, "Approach to Communications and Engagement", Report.Author.OPCC, LocalDate.of(2022, 3, 9));
    }

    @Test
    void a_report_goes_from_request_to_acceptance() {
        Report report = requested();
        assertThat(report.getStatus()).isEqualTo(Report.Status.REQUESTED);

        report.draft(new Report.Draft(
                "Darryl Preston, Police and Crime Commissioner", "Catherine Kimberley", null, WRITTEN));
        assertThat(report.getStatus()).isEqualTo(Report.Status.DRAFT);
        report.submit();
        assertThat(report.getStatus()).isEqualTo(Report.Status.SUBMITTED);
        report.accept();
        assertThat(report.getStatus()).isEqualTo(Report.Status.ACCEPTED);
        assertThatThrownBy(() -> report.draft(new Report.Draft("x", null, null, WRITTEN)))
                .hasMessageContaining("cannot be changed");
    }

    @Test
    void a_returned_report_carries_the_comments_and_can_be_revised_and_resubmitted() {
        Report report = requested();
        report.draft(new Report.Draft("Darryl Preston", null, null, WRITTEN));
        report.submit();

        assertThatThrownBy(() -> report.returnWithComments(" ")).hasMessageContaining("Enter comments");
        report.returnWithComments("Please add the survey figures");
        assertThat(report.getStatus()).isEqualTo(Report.Status.RETURNED);
        assertThat(report.getReturnComments()).isEqualTo("Please add the survey figures");

        report.draft(new Report.Draft("Darryl Preston", null, null, WRITTEN));
        report.submit();
        assertThat(report.getReturnComments()).isNull();
    }

    @Test
    void a_report_without_purpose_or_recommendations_cannot_be_submitted() {
        Report report = requested();
        report.draft(new Report.Draft("Darryl Preston", null, null, Report.Sections.empty()));

        assertThatThrownBy(report::submit)
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("purpose");
    }

    @Test
    void only_a_submitted_report_can_be_accepted_or_returned() {
        Report report = requested();
        assertThatThrownBy(report::accept).hasMessageContaining("Only a submitted report");
        assertThatThrownBy(() -> report.returnWithComments("x")).hasMessageContaining("Only a submitted report");
    }

    @Test
    void sections_are_numbered_in_template_order_and_empty_ones_left_out() {
        assertThat(WRITTEN.written())
                .extracting(Report.Sections.Section::heading)
                .containsExactly("Purpose", "Recommendations", "Background");
        assertThat(WRITTEN.written().get(2).paragraphs()).containsExactly("First paragraph.", "Second paragraph.");
    }

    @Test
    void an_unfinished_report_past_its_due_date_is_overdue() {
        Report report = requested();
        assertThat(report.isOverdue(LocalDate.of(2022, 3, 9))).isFalse();
        assertThat(report.isOverdue(LocalDate.of(2022, 3, 10))).isTrue();
    }
}
