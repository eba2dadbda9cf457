package org.scrutiny.complaintreviews.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.scrutiny.complaintreviews.ReviewFigures;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.papers.ItemPapers;
import org.scrutiny.papers.LatestPapers;
import org.scrutiny.publishing.AccessiblePdf;
import org.scrutiny.shared.London;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The figures section of the Commissioner's report on complaints and conduct, under its item: the
 * financial year to the end of the last full month before the agenda was published, as the seed's
 * item 8 counts it (1 April 2021 to 28 February 2022 for an agenda of 15 March 2022). Counted from
 * the records; counts only, so it may be published.
 */
@Component
public class ComplaintReviewsPaper implements ItemPapers {

    static final String TITLE = "Complaint reviews and complaints about the Chief Constable: the figures";

    private final ReviewFiguresService figures;
    private final MeetingSchedule meetings;
    private final PanelMembership membership;
    private final LatestPapers papers;
    private final AccessiblePdf pdf;
    private final TransactionOperations transactions;

    ComplaintReviewsPaper(
            ReviewFiguresService figures,
            MeetingSchedule meetings,
            PanelMembership membership,
            LatestPapers papers,
            AccessiblePdf pdf,
            TransactionOperations transactions) {
        this.figures = figures;
        this.meetings = meetings;
        this.membership = membership;
        this.papers = papers;
        this.pdf = pdf;
        this.transactions = transactions;
    }

    /** The period a report written on {@code asAt} covers: its financial year, to the end of the month before. */
    public static ReviewPeriod periodBefore(LocalDate asAt) {
        LocalDate to = YearMonth.from(asAt).minusMonths(1).atEndOfMonth();
        int year = to.getMonthValue() >= Month.APRIL.getValue() ? to.getYear() : to.getYear() - 1;
        return new ReviewPeriod(LocalDate.of(year, Month.APRIL, 1), to);
    }

    public record ReviewPeriod(LocalDate from, LocalDate to) {}

    @Override
    public Optional<Paper> paperFor(long meetingId, ItemPurpose purpose) {
        if (purpose != ItemPurpose.COMPLAINTS_AND_CONDUCT) {
            return Optional.empty();
        }
        return Optional.of(new Paper(TITLE, "/meetings/" + meetingId + "/complaint-reviews"));
    }

    @Override
    public Optional<Document> documentFor(long meetingId, ItemPurpose purpose, Instant publishedAt) {
        if (purpose != ItemPurpose.COMPLAINTS_AND_CONDUCT) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(publishedAt, London.ZONE);
        return Optional.of(new Document(
                TITLE,
                () -> pdf.render(
                        "complaintreviews/pdf/figures", transactions.execute(status -> model(meetingId, day)))));
    }

    /** The meeting's figures as its agenda first published them; empty before the agenda is published. */
    public Optional<Map<String, Object>> published(long meetingId) {
        return papers.versionsOf(meetingId).stream()
                .findFirst()
                .map(first -> model(meetingId, LocalDate.ofInstant(first.publishedAt(), London.ZONE)));
    }

    Map<String, Object> model(long meetingId, LocalDate asAt) {
        MeetingSummary meeting = meetings.meeting(meetingId).orElseThrow();
        ReviewPeriod period = periodBefore(asAt);
        ReviewFigures counted = figures.figures(period.from(), period.to());
        Map<String, Object> model = new HashMap<>();
        model.put("panel", membership.panel());
        model.put("office", ReviewLetterWriter.office(membership.panel()));
        model.put("meeting", meeting);
        model.put("figures", counted);
        model.put("bars", ReviewBars.of(counted));
        return model;
    }
}
