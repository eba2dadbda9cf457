package org.scrutiny.shared.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Every module's tasks for the desks a person works at, most urgent group first. */
@Component
public class TaskList {

    private final List<TaskSource> sources;
    private final Clock clock;

    TaskList(List<TaskSource> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    public List<TaskGroup> groups(Collection<Desk> desks) {
        LocalDate today = LocalDate.now(clock);
        return Set.copyOf(desks).stream()
                .sorted()
                .flatMap(desk -> sources.stream().flatMap(source -> source.tasks(desk, today).stream()))
                .filter(group -> !group.isEmpty())
                .sorted(TaskGroup.MOST_URGENT_FIRST)
                .toList();
    }

    /** How many tasks wait at these desks, for the navigation. */
    public int count(Collection<Desk> desks) {
        return groups(desks).stream().mapToInt(TaskGroup::total).sum();
    }
}
