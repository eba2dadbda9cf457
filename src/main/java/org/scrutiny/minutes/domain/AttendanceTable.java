package org.scrutiny.minutes.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    private final MinutesService minutes;

    AttendanceTable(MinutesService minutes) {
        this.minutes = minutes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Table> tables() {
        List<List<String>> rows = new ArrayList<>();
        for (MinutesService.Published published : minutes.allPublished()) {
            MeetingSummary meeting = published.meeting();
            for (Attendee attendee : published.record().getAttendees()) {
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
        }
        return List.of(new Table(
                "attendance.csv",
                List.of("Meeting id", "Meeting date", "Meeting", "Name", "Description", "Attended as", "Presence"),
                rows));
    }
}
