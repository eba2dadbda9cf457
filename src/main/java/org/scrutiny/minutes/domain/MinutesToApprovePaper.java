package org.scrutiny.minutes.domain;

import java.util.Optional;
import org.scrutiny.agenda.ItemPapers;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.shared.DisplayFormats;
import org.springframework.stereotype.Component;

/**
 * Puts under a meeting's "Minutes of the previous meeting" item the minutes it is to approve: those
 * of the last meeting before it that was not cancelled, once they are published.
 */
@Component
class MinutesToApprovePaper implements ItemPapers {

    private final MeetingSchedule meetings;
    private final AllMinutes minutes;

    MinutesToApprovePaper(MeetingSchedule meetings, AllMinutes minutes) {
        this.meetings = meetings;
        this.minutes = minutes;
    }

    @Override
    public Optional<Paper> paperFor(long meetingId, ItemPurpose purpose) {
        if (purpose != ItemPurpose.PREVIOUS_MINUTES) {
            return Optional.empty();
        }
        return meetings.previousMeeting(meetingId)
                .filter(previous -> minutes.findByMeetingId(previous.id())
                        .map(MeetingMinutes::isPublished)
                        .orElse(false))
                .map(previous -> new Paper(
                        "Minutes of the meeting held on " + DisplayFormats.dayOf(previous.date()),
                        "/meetings/" + previous.id() + "/minutes"));
    }
}
