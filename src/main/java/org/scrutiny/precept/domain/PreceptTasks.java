package org.scrutiny.precept.domain;

import java.time.LocalDate;
import java.util.List;
import org.scrutiny.shared.tasks.Desk;
import org.scrutiny.shared.tasks.Task;
import org.scrutiny.shared.tasks.TaskGroup;
import org.scrutiny.shared.tasks.TaskSource;
import org.springframework.stereotype.Component;

/**
 * The next step of each precept year still running: the first step that applies and has not
 * happened, while its deadline is at most a month past (an older gap is a record to correct, not a
 * deadline to meet).
 */
@Component
class PreceptTasks implements TaskSource {

    private static final int MONTHS_PAST = 1;

    private final PreceptService precept;

    PreceptTasks(PreceptService precept) {
        this.precept = precept;
    }

    @Override
    public List<TaskGroup> tasks(Desk desk, LocalDate today) {
        if (desk != Desk.SECRETARIAT) {
            return List.of();
        }
        List<Task> tasks = precept.all().stream()
                .flatMap(year -> year.timetable().stream()
                        .filter(step -> step.applies() && step.done() == null)
                        .findFirst()
                        .filter(step -> !step.deadline().isBefore(today.minusMonths(MONTHS_PAST)))
                        .map(step -> Task.due(
                                "Precept " + year.label() + ": " + step.what(),
                                "/manage/precept/" + year.getFinancialYear(),
                                step.deadline(),
                                today))
                        .stream())
                .toList();
        return List.of(TaskGroup.of("The precept", tasks, "/manage/precept"));
    }
}
