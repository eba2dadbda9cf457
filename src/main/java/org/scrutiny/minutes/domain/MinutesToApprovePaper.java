package org.scrutiny.minutes.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.papers.ItemPapers;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.London;
import org.springframework.stereotype.Component;

/**
 * Puts under a meeting's "Minutes of the previous meeting" item the minutes it is to approve: those
 * of the last meeting before it that was not cancelled, once they are published.
 */
@Component
class MinutesToApprovePaper implements ItemPapers {

    private final MeetingSchedule meetings;
    private final AllMinutes minutes;
    private final MinutesPdfs documents;

    MinutesToApprovePaper(MeetingSchedule meetings, AllMinutes minutes, MinutesPdfs documents) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.documents = documents;
    }

    @Override
    public Optional<Paper> paperFor(long meetingId, ItemPurpose purpose) {
        return toApprove(meetingId, purpose)
                .map(previous -> new Paper(title(previous), "/meetings/" + previous.id() + "/minutes"));
    }

    /** In the pack, the minutes as published (the draft, as the seed's pack carries it). */
    @Override
    public Optional<Document> documentFor(long meetingId, ItemPurpose purpose, Instant publishedAt) {
        return toApprove(meetingId, purpose)
                .map(previous -> new Document(
                        title(previous),
                        () -> documents.minutesForPack(previous.id(), LocalDate.ofInstant(publishedAt, London.ZONE))));
    }

    private Optional<MeetingSummary> toApprove(long meetingId, ItemPurpose purpose) {
        if (purpose != ItemPurpose.PREVIOUS_MINUTES) {
            return Optional.empty();
        }
        return meetings.previousMeeting(meetingId).filter(previous -> minutes.findByMeetingId(previous.id())
                .map(MeetingMinutes::isPublished)
                .orElse(false));
    }

    private static String title(MeetingSummary previous) {
        return "Minutes of the meeting held on " + DisplayFormats.dayOf(previous.date());
    }
}
