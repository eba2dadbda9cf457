package org.scrutiny.meetings;

import java.util.List;
import java.util.Optional;

/**
 * Who attended a meeting, as its published minutes record it, for the meeting's page. The module
 * that keeps the minutes answers; a meeting whose minutes are not published has no attendance to show.
 */
public interface MeetingAttendance {

    /** Names as the minutes list them: "Edward Leigh (Chair)", "Councillor G Wilson (Sub)". */
    record Attendance(List<String> members, List<String> substitutes, List<String> apologies) {}

    Optional<Attendance> attendanceAt(long meetingId);
}
