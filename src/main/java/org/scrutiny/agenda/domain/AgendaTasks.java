package org.scrutiny.agenda.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scrutiny.agenda.MeetingNotice;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.tasks.Desk;
import org.scrutiny.shared.tasks.Task;
import org.scrutiny.shared.tasks.TaskGroup;
import org.scrutiny.shared.tasks.TaskSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The agenda's share of the task lists: agendas to publish for the secretariat, papers to read for members. */
@Component
@Transactional(readOnly = true)
class AgendaTasks implements TaskSource {

    /** Members are pointed to the papers of meetings this far ahead. */
    private static final int MEMBER_WEEKS_AHEAD = 8;

    private final Agendas agendas;
    private final NoticeService notices;
    private final MeetingSchedule meetings;

    AgendaTasks(Agendas agendas, NoticeService notices, MeetingSchedule meetings) {
        this.agendas = agendas;
        this.notices = notices;
        this.meetings = meetings;
    }

    @Override
    public List<TaskGroup> tasks(Desk desk, LocalDate today) {
        return switch (desk) {
            case SECRETARIAT -> List.of(agendasToPublish(today));
            case OPCC -> List.of();
            case MEMBER -> papersToRead(today);
            case COMPLAINTS, REVIEWS -> List.of();
        };
    }

    private TaskGroup agendasToPublish(LocalDate today) {
        List<Task> tasks = notices.upcoming(today).stream()
                .filter(notice -> notice.urgency() != MeetingNotice.Urgency.PUBLISHED)
                .map(notice -> Task.due(
                        "Publish the agenda of the meeting on "
                                + DisplayFormats.weekdayOf(notice.meeting().date()),
                        "/manage/meetings/" + notice.meeting().id() + "/agenda",
                        notice.latestPublication(),
                        today))
                .toList();
        return TaskGroup.of("Agendas to publish", tasks, "/manage/meetings");
    }

    private List<TaskGroup> papersToRead(LocalDate today) {
        List<MeetingSummary> coming = meetings.meetingsBetween(today, today.plusWeeks(MEMBER_WEEKS_AHEAD));
        Map<Long, MeetingSummary> byId =
                coming.stream().collect(Collectors.toMap(MeetingSummary::id, Function.identity()));
        List<Task> papers = new ArrayList<>();
        List<Task> confidential = new ArrayList<>();
        for (Agenda agenda : agendas.findByMeetingIdInAndStatus(byId.keySet(), Agenda.Status.PUBLISHED)) {
            MeetingSummary meeting = byId.get(agenda.getMeetingId());
            String day = DisplayFormats.weekdayOf(meeting.date());
            papers.add(Task.due(
                    "Read the papers for the meeting on " + day,
                    "/meetings/" + meeting.id() + "/agenda",
                    meeting.date(),
                    today));
            if (agenda.getItems().stream().anyMatch(item -> item.isExempt() && !item.isWithdrawn())) {
                confidential.add(Task.due(
                        "Read the confidential papers for the meeting on " + day,
                        "/members/meetings/" + meeting.id() + "/confidential-pack.pdf",
                        meeting.date(),
                        today));
            }
        }
        return List.of(
                TaskGroup.of("Papers for coming meetings", papers, "/meetings"),
                TaskGroup.of("Confidential papers (not for publication)", confidential, null));
    }
}
