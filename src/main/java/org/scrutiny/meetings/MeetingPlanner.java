package org.scrutiny.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

/** Planning meetings from other modules' processes, such as the precept timetable. */
public interface MeetingPlanner {

    /** Plans a meeting (provisional unless {@code confirmed}) and returns its id. */
    long planMeeting(MeetingKind kind, String title, LocalDate date, LocalTime startTime, boolean confirmed);

    /** Adds an item to a meeting's work programme. */
    void planMeetingItem(long meetingId, String title, String note);
}
