package org.scrutiny.meetings;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What other modules may ask about the panel's meetings. */
public interface MeetingSchedule {

    Optional<MeetingSummary> meeting(long id);

    /** The meetings of these ids, read at once (a list of records that name their meetings needs no query each). */
    List<MeetingSummary> meetings(Collection<Long> ids);

    /** The next meeting on or after {@code date} that has not been cancelled. */
    Optional<MeetingSummary> nextMeeting(LocalDate date);

    List<MeetingSummary> meetingsBetween(LocalDate from, LocalDate to);

    /** The items planned for a meeting in the work programme, in order. */
    List<PlannedItem> plannedItems(long meetingId);

    /** A meeting and the items planned for it, in order. */
    record PlannedMeeting(MeetingSummary meeting, List<PlannedItem> items) {}

    /** The meetings between two dates with their planned items, read at once, in date order. */
    List<PlannedMeeting> plannedBetween(LocalDate from, LocalDate to);

    /** The last meeting with an agenda before this one that was not cancelled: whose minutes this one approves. */
    Optional<MeetingSummary> previousMeeting(long meetingId);
}
