package org.scrutiny.complaints.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutiny.complaints.ComplaintFigures;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.papers.ItemPapers;
import org.scrutiny.publishing.AccessiblePdf;
import org.scrutiny.shared.London;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The Review of Complaints under its standing item, in the panel's standard report layout as the
 * seed's item 6 is, but counted from the register: the period runs from the day after the meeting
 * before to the day the agenda was published. Counts only; no complaint is named or described.
 */
@Component
class ComplaintsReviewPaper implements ItemPapers {

    private final ComplaintService complaints;
    private final MeetingSchedule meetings;
    private final PanelMembership membership;
    private final AccessiblePdf pdf;
    private final TransactionOperations transactions;

    ComplaintsReviewPaper(
            ComplaintService complaints,
            MeetingSchedule meetings,
            PanelMembership membership,
            AccessiblePdf pdf,
            TransactionOperations transactions) {
        this.complaints = complaints;
        this.meetings = meetings;
        this.membership = membership;
        this.pdf = pdf;
        this.transactions = transactions;
    }

    @Override
    public Optional<Paper> paperFor(long meetingId, ItemPurpose purpose) {
        return Optional.empty();
    }

    @Override
    public Optional<Document> documentFor(long meetingId, ItemPurpose purpose, Instant publishedAt) {
        if (purpose != ItemPurpose.COMPLAINTS_REVIEW) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(publishedAt, London.ZONE);
        return Optional.of(new Document(
                "Review of Complaints",
                () -> pdf.render("complaints/pdf/review", transactions.execute(status -> model(meetingId, day)))));
    }

    /** The period a meeting's review covers, and its figures. */
    Map<String, Object> model(long meetingId, LocalDate asAt) {
        MeetingSummary meeting = meetings.meeting(meetingId).orElseThrow();
        LocalDate from = meetings.previousMeeting(meetingId)
                .map(previous -> previous.date().plusDays(1))
                .orElse(asAt.minusMonths(3));
        LocalDate to = asAt.isBefore(from) ? from : asAt;
        return model(meeting, complaints.figures(from, to));
    }

    Map<String, Object> model(MeetingSummary meeting, ComplaintFigures figures) {
        PanelDetails panel = membership.panel();
        List<String> officers = membership.panelOfficersOn(meeting.date());
        Map<String, Object> model = new HashMap<>();
        model.put("panel", panel);
        model.put("meeting", meeting);
        model.put("figures", figures);
        model.put("reportOf", officers.isEmpty() ? "The secretariat" : officers.get(0));
        return model;
    }
}
