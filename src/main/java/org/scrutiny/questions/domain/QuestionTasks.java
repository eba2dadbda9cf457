package org.scrutiny.questions.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.London;
import org.scrutiny.shared.tasks.Desk;
import org.scrutiny.shared.tasks.Task;
import org.scrutiny.shared.tasks.TaskGroup;
import org.scrutiny.shared.tasks.TaskSource;
import org.springframework.stereotype.Component;

/** The secretariat's questions to decide on, due by the meeting they are for. */
@Component
class QuestionTasks implements TaskSource {

    private final QuestionService questions;
    private final MeetingSchedule meetings;

    QuestionTasks(QuestionService questions, MeetingSchedule meetings) {
        this.questions = questions;
        this.meetings = meetings;
    }

    @Override
    public List<TaskGroup> tasks(Desk desk, LocalDate today) {
        if (desk != Desk.SECRETARIAT) {
            return List.of();
        }
        List<PublicQuestion> waiting = questions.awaitingDecision();
        Map<Long, MeetingSummary> byId =
                meetings
                        .meetings(waiting.stream()
                                .map(PublicQuestion::getMeetingId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(MeetingSummary::id, Function.identity()));
        List<Task> tasks = waiting.stream()
                .map(question -> {
                    MeetingSummary meeting = byId.get(question.getMeetingId());
                    String text = (question.getStatus() == PublicQuestion.Status.REFERRED_TO_CHAIR
                                    ? "Record the Chair's decision on a "
                                    : "Decide on a ")
                            + question.getKind().label().toLowerCase()
                            + (meeting == null ? "" : " for the meeting on " + DisplayFormats.dayOf(meeting.date()))
                            + ", received "
                            + DisplayFormats.dayOf(question.getSubmittedAt().atZone(London.ZONE));
                    return Task.due(
                            text,
                            "/manage/questions/" + question.getId(),
                            meeting == null ? null : meeting.date(),
                            today);
                })
                .toList();
        return List.of(TaskGroup.of("Public questions and statements to decide on", tasks, "/manage/questions"));
    }
}
