package org.scrutiny.recommendations.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.papers.ItemPapers;
import org.scrutiny.publishing.AccessiblePdf;
import org.scrutiny.shared.London;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Under a meeting's review of actions and recommendations, the pack carries the Commissioner's
 * responses as the seed's pack does ("Police and Crime Commissioner's Response to the Panel's
 * Recommendations"): the responses received since the meeting before, and the recommendations
 * still awaiting one, as they stood on the day the agenda was published.
 */
@Component
class ResponsesPaper implements ItemPapers {

    private final RecommendationService recommendations;
    private final MeetingSchedule meetings;
    private final PanelMembership membership;
    private final AccessiblePdf pdf;
    private final TransactionOperations transactions;

    ResponsesPaper(
            RecommendationService recommendations,
            MeetingSchedule meetings,
            PanelMembership membership,
            AccessiblePdf pdf,
            TransactionOperations transactions) {
        this.recommendations = recommendations;
        this.meetings = meetings;
        this.membership = membership;
        this.pdf = pdf;
        this.transactions = transactions;
    }

    /** On the site the tracker is the live view; this paper is only the pack's. */
    @Override
    public Optional<Paper> paperFor(long meetingId, ItemPurpose purpose) {
        return Optional.empty();
    }

    @Override
    public Optional<Document> documentFor(long meetingId, ItemPurpose purpose, Instant publishedAt) {
        if (purpose != ItemPurpose.ACTIONS_REVIEW) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(publishedAt, London.ZONE);
        return Optional.of(new Document(
                "Responses to the panel's recommendations",
                () -> pdf.render(
                        "recommendations/pdf/responses", transactions.execute(status -> model(meetingId, day)))));
    }

    private Map<String, Object> model(long meetingId, LocalDate day) {
        MeetingSummary meeting = meetings.meeting(meetingId).orElseThrow();
        LocalDate since =
                meetings.previousMeeting(meetingId).map(MeetingSummary::date).orElse(null);
        RecommendationService.ResponsesAsAt responses =
                recommendations.responsesAsAt(since == null ? LocalDate.of(1900, 1, 1) : since, day);
        Map<String, Object> model = new HashMap<>();
        model.put("panelName", membership.panel().name());
        model.put("meeting", meeting);
        model.put("asAt", day);
        model.put("since", since);
        model.put("received", responses.received());
        model.put("awaiting", responses.awaiting());
        return model;
    }
}
