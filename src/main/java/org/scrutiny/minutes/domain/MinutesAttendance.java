package org.scrutiny.minutes.domain;

import java.util.List;
import java.util.Optional;
import org.scrutiny.meetings.MeetingAttendance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The attendance recorded in a meeting's published minutes; none before they are published. */
@Component
@Transactional(readOnly = true)
class MinutesAttendance implements MeetingAttendance {

    private final AllMinutes minutes;

    MinutesAttendance(AllMinutes minutes) {
        this.minutes = minutes;
    }

    @Override
    public Optional<Attendance> attendanceAt(long meetingId) {
        return minutes.findByMeetingIdIn(List.of(meetingId)).stream()
                .filter(MeetingMinutes::isPublished)
                .filter(published -> !published.getAttendees().isEmpty())
                .findFirst()
                .map(published -> new Attendance(
                        listed(published.membersPresent()),
                        listed(published.substitutesPresent()),
                        listed(published.apologies())));
    }

    private static List<String> listed(List<Attendee> attendees) {
        return attendees.stream().map(Attendee::listed).toList();
    }
}
