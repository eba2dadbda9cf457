package org.scrutiny.annualreport.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.papers.ItemPapers;
import org.scrutiny.publishing.AccessiblePdf;
import org.scrutiny.shared.London;
import org.scrutiny.shared.MunicipalYear;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The panel's annual report under the AGM's item for it: the year that ended before the meeting's
 * year began, counted as it stood when the agenda was published.
 */
@Component
class AnnualReportPaper implements ItemPapers {

    private final AnnualReportService reports;
    private final MeetingSchedule meetings;
    private final AccessiblePdf pdf;
    private final TransactionOperations transactions;

    AnnualReportPaper(
            AnnualReportService reports,
            MeetingSchedule meetings,
            AccessiblePdf pdf,
            TransactionOperations transactions) {
        this.reports = reports;
        this.meetings = meetings;
        this.pdf = pdf;
        this.transactions = transactions;
    }

    @Override
    public Optional<Paper> paperFor(long meetingId, ItemPurpose purpose) {
        return yearFor(meetingId, purpose)
                .map(year ->
                        new Paper("The panel's annual report " + year.label(), "/annual-report/" + year.startYear()));
    }

    @Override
    public Optional<Document> documentFor(long meetingId, ItemPurpose purpose, Instant publishedAt) {
        LocalDate day = LocalDate.ofInstant(publishedAt, London.ZONE);
        return yearFor(meetingId, purpose)
                .map(year -> new Document(
                        "The panel's annual report " + year.label(),
                        () -> pdf.render(
                                "annualreport/pdf/report",
                                Map.of("report", transactions.execute(status -> reports.report(year, day))))));
    }

    private Optional<MunicipalYear> yearFor(long meetingId, ItemPurpose purpose) {
        if (purpose != ItemPurpose.PANEL_ANNUAL_REPORT) {
            return Optional.empty();
        }
        return meetings.meeting(meetingId).map(meeting -> reports.yearBeforeMeetingOn(meeting.date()));
    }
}
