package org.scrutiny.papers.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingStatus;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.papers.ItemPapers;
import org.scrutiny.publishing.AccessiblePdf;
import org.scrutiny.shared.MunicipalYear;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Under a meeting's "Meeting dates and agenda plan" item, the pack carries the work programme as
 * the seed's pack prints it: the meetings planned after this one, to the end of the next municipal
 * year, each with the items planned for it, as the work programme stood when the pack was built.
 * On the site the same plan is the work programme page.
 */
@Component
class WorkProgrammePaper implements ItemPapers {

    private final MeetingSchedule meetings;
    private final PanelMembership membership;
    private final AccessiblePdf pdf;
    private final TransactionOperations transactions;

    WorkProgrammePaper(
            MeetingSchedule meetings,
            PanelMembership membership,
            AccessiblePdf pdf,
            TransactionOperations transactions) {
        this.meetings = meetings;
        this.membership = membership;
        this.pdf = pdf;
        this.transactions = transactions;
    }

    @Override
    public Optional<Paper> paperFor(long meetingId, ItemPurpose purpose) {
        return purpose == ItemPurpose.MEETING_DATES
                ? Optional.of(new Paper("Work programme", "/work-programme"))
                : Optional.empty();
    }

    @Override
    public Optional<Document> documentFor(long meetingId, ItemPurpose purpose, Instant publishedAt) {
        if (purpose != ItemPurpose.MEETING_DATES) {
            return Optional.empty();
        }
        return Optional.of(new Document(
                "Meeting dates and agenda plan",
                () -> pdf.render("papers/pdf/work-programme", transactions.execute(status -> model(meetingId)))));
    }

    private Map<String, Object> model(long meetingId) {
        MeetingSummary meeting = meetings.meeting(meetingId).orElseThrow();
        PanelDetails panel = membership.panel();
        MunicipalYear next = panel.municipalYearOf(meeting.date()).next();
        List<MeetingSchedule.PlannedMeeting> planned =
                meetings.plannedBetween(meeting.date().plusDays(1), next.lastDay()).stream()
                        .filter(p -> p.meeting().status() != MeetingStatus.CANCELLED)
                        .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("panelName", panel.name());
        model.put("meeting", meeting);
        model.put("until", next);
        model.put("planned", planned);
        return model;
    }
}
