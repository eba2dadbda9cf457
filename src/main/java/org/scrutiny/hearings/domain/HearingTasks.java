package org.scrutiny.hearings.domain;

import java.time.LocalDate;
import java.util.List;
import org.scrutiny.shared.tasks.Desk;
import org.scrutiny.shared.tasks.Task;
import org.scrutiny.shared.tasks.TaskGroup;
import org.scrutiny.shared.tasks.TaskSource;
import org.springframework.stereotype.Component;

/**
 * Proposed appointments the panel has still to hear and report on, while the statutory deadline is
 * at most a month past.
 */
@Component
class HearingTasks implements TaskSource {

    private static final int MONTHS_PAST = 1;

    private final HearingService hearings;

    HearingTasks(HearingService hearings) {
        this.hearings = hearings;
    }

    @Override
    public List<TaskGroup> tasks(Desk desk, LocalDate today) {
        if (desk != Desk.SECRETARIAT) {
            return List.of();
        }
        List<Task> tasks = hearings.all().stream()
                .filter(hearing -> hearing.getReportOn() == null)
                .filter(hearing -> !hearing.deadline().isBefore(today.minusMonths(MONTHS_PAST)))
                .map(hearing -> Task.due(
                        "Hold the confirmation hearing for " + hearing.getCandidate() + " ("
                                + hearing.getPost().label() + ") and report",
                        "/manage/hearings/" + hearing.getId(),
                        hearing.deadline(),
                        today))
                .toList();
        return List.of(TaskGroup.of("Confirmation hearings", tasks, "/manage/hearings"));
    }
}
