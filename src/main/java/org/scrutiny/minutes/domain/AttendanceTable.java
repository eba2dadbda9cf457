package org.scrutiny.minutes.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.opendata.OpenDataTables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who attended each meeting, as its published minutes record it, for the bulk download: members,
 * substitutes and officers; never anyone else present, who may be a member of the public.
 */
@Component
class AttendanceTable implements OpenDataTables {

    private final AllMinutes minutes;
    private final MeetingSchedule meetings;

    AttendanceTable(AllMinutes minutes, MeetingSchedule meetings) {
        this.minutes = minutes;
        this.meetings = meetings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Table> tables() {
        List<MeetingMinutes> published = minutes.findByStatusNot(MeetingMinutes.Status.DRAFT);
        Map<Long, MeetingSummary> held =
                meetings
                        .meetings(published.stream()
                                .map(MeetingMinutes::getMeetingId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(MeetingSummary::id, Function.identity()));
        List<List<String>> rows = new ArrayList<>();
        published.stream()
                .filter(record -> held.containsKey(record.getMeetingId()))
                .sorted(Comparator.comparing(
                        record -> held.get(record.getMeetingId()).date()))
                .forEach(record -> {
                    MeetingSummary meeting = held.get(record.getMeetingId());
                    for (Attendee attendee : record.getAttendees()) {
                        // Others present may be members of the public: the table names only the panel and officers.
                        if (attendee.getCategory() == Attendee.Category.OTHER) {
                            continue;
                        }
                        rows.add(Arrays.asList(
                                String.valueOf(meeting.id()),
                                meeting.date().toString(),
                                meeting.name(),
                                attendee.getName(),
                                attendee.getDescription(),
                                attendee.getCategory().name().toLowerCase(java.util.Locale.UK),
                                attendee.getPresence().label()));
                    }
                });
        return List.of(new Table(
                "attendance.csv",
                List.of("Meeting id", "Meeting date", "Meeting", "Name", "Description", "Attended as", "Presence"),
                rows));
    }
}
