package org.scrutiny.minutes.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingStatus;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.tasks.Desk;
import org.scrutiny.shared.tasks.Task;
import org.scrutiny.shared.tasks.TaskGroup;
import org.scrutiny.shared.tasks.TaskSource;
import org.springframework.stereotype.Component;

/**
 * Minutes to write and to publish: every meeting held in the last two years (not cancelled) whose
 * minutes are not published. Older gaps are history, not work, and would grow the list for ever.
 */
@Component
class MinutesTasks implements TaskSource {

    private static final int YEARS_BACK = 2;

    private final MeetingSchedule meetings;
    private final MinutesService minutes;

    MinutesTasks(MeetingSchedule meetings, MinutesService minutes) {
        this.meetings = meetings;
        this.minutes = minutes;
    }

    @Override
    public List<TaskGroup> tasks(Desk desk, LocalDate today) {
        if (desk != Desk.SECRETARIAT) {
            return List.of();
        }
        List<MeetingSummary> held = meetings.meetingsBetween(today.minusYears(YEARS_BACK), today.minusDays(1)).stream()
                .filter(meeting -> meeting.status() != MeetingStatus.CANCELLED)
                .toList();
        Map<Long, MeetingMinutes> minutesOf = minutes
                .of(held.stream().map(MeetingSummary::id).toList())
                .stream()
                .collect(Collectors.toMap(MeetingMinutes::getMeetingId, Function.identity()));
        List<Task> tasks = held.stream()
                .filter(meeting -> minutesOf.get(meeting.id()) == null
                        || !minutesOf.get(meeting.id()).isPublished())
                .map(meeting -> Task.of(
                        (minutesOf.containsKey(meeting.id())
                                        ? "Finish and publish the minutes of "
                                        : "Write the minutes of ")
                                + "the meeting on " + DisplayFormats.weekdayOf(meeting.date()),
                        "/manage/meetings/" + meeting.id() + "/minutes"))
                .toList();
        return List.of(TaskGroup.of("Minutes to write and publish", tasks, "/manage/meetings"));
    }
}
