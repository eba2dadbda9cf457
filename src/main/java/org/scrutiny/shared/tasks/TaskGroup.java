package org.scrutiny.shared.tasks;

import java.util.Comparator;
import java.util.List;

/**
 * The tasks of one kind ("Public questions to decide"), most urgent first, at most {@link #SHOWN}
 * of them; {@code total} counts them all and {@code allHref}, when given, lists them all.
 */
public record TaskGroup(String heading, List<Task> tasks, int total, String allHref) {

    /** A task list names this many tasks of a kind and links to the rest. */
    public static final int SHOWN = 5;

    private static final Comparator<Task> URGENCY = Comparator.comparing(Task::overdue)
            .reversed()
            .thenComparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder()));

    /** The group of these tasks, sorted by urgency and cut to {@link #SHOWN}; empty groups are dropped by the list. */
    public static TaskGroup of(String heading, List<Task> tasks, String allHref) {
        List<Task> sorted = tasks.stream().sorted(URGENCY).toList();
        return new TaskGroup(heading, sorted.stream().limit(SHOWN).toList(), sorted.size(), allHref);
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public boolean hasMore() {
        return total > tasks.size();
    }

    public long overdueCount() {
        return tasks.stream().filter(Task::overdue).count();
    }

    /** The most urgent task's place in a list of groups: overdue first, then by the earliest date due. */
    Task first() {
        return tasks.isEmpty() ? null : tasks.get(0);
    }

    static final Comparator<TaskGroup> MOST_URGENT_FIRST =
            Comparator.comparing(TaskGroup::first, Comparator.nullsLast(URGENCY));
}
