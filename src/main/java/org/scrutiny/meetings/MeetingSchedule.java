package org.scrutiny.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What other modules may ask about the panel's meetings. */
public interface MeetingSchedule {

    Optional<MeetingSummary> meeting(long id);

    /** The next meeting on or after {@code date} that has not been cancelled. */
    Optional<MeetingSummary> nextMeeting(LocalDate date);

    List<MeetingSummary> meetingsBetween(LocalDate from, LocalDate to);
}
