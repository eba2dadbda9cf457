package org.scrutiny.minutes.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.publishing.AccessiblePdf;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes' documents as the public reads them and the agenda pack binds them: a meeting's
 * published minutes, laid out like the panel's own, and a meeting's review of actions as it stood
 * on a day.
 */
@Component
@Transactional(readOnly = true)
public class MinutesPdfs {

    private final MinutesService minutes;
    private final ActionService actions;
    private final PanelMembership membership;
    private final AccessiblePdf pdf;

    MinutesPdfs(MinutesService minutes, ActionService actions, PanelMembership membership, AccessiblePdf pdf) {
        this.minutes = minutes;
        this.actions = actions;
        this.membership = membership;
        this.pdf = pdf;
    }

    /** What the page and the document of a meeting's published minutes show. */
    public Map<String, Object> minutesModel(long meetingId) {
        MeetingMinutes record = minutes.published(meetingId);
        Map<String, Object> model = new HashMap<>();
        model.put("meeting", minutes.meeting(meetingId));
        model.put("record", record);
        model.put("actions", actions.ofMeeting(meetingId));
        model.put(
                "approvedAt",
                record.getApprovedAtMeetingId() == null ? null : minutes.meeting(record.getApprovedAtMeetingId()));
        return model;
    }

    /** A meeting's published minutes as a tagged PDF, as they stand (approved, or the draft). */
    public byte[] minutesPdf(long meetingId) {
        return render(meetingId, false, null);
    }

    /**
     * The minutes as the pack of an agenda published on {@code publishedOn} carries them: the draft
     * the meeting is asked to approve, unless they had been approved by that day, without page
     * numbers of their own (the pack numbers its pages).
     */
    public byte[] minutesForPack(long meetingId, LocalDate publishedOn) {
        return render(meetingId, true, publishedOn);
    }

    private byte[] render(long meetingId, boolean inPack, LocalDate asAt) {
        Map<String, Object> model = minutesModel(meetingId);
        MeetingMinutes record = (MeetingMinutes) model.get("record");
        model.put("panelName", membership.panel().name());
        model.put("inPack", inPack);
        model.put(
                "approved",
                record.isApproved()
                        && (asAt == null
                                || (record.getApprovedOn() != null
                                        && !record.getApprovedOn().isAfter(asAt))));
        return pdf.render("minutes/pdf/minutes", model);
    }

    /**
     * A meeting's review of actions as it stood at the end of {@code day}, as a tagged PDF: the
     * actions raised at earlier meetings still open that day, with the updates written by then.
     */
    public byte[] actionsReviewPdf(long meetingId, LocalDate day) {
        List<MeetingAction> shown = actions.forReviewAsAt(meetingId, day);
        Map<Long, MeetingSummary> earlier = actions.earlierMeetings(meetingId);
        Map<Long, MeetingSummary> raisedAt = new HashMap<>();
        shown.forEach(a -> raisedAt.put(a.getId(), earlier.get(a.getMeetingId())));
        Map<String, Object> model = new HashMap<>();
        model.put("panelName", membership.panel().name());
        model.put("meeting", minutes.meeting(meetingId));
        model.put("actions", shown);
        model.put("raisedAt", raisedAt);
        model.put("asAt", day);
        return pdf.render("minutes/pdf/actions-review", model);
    }
}
