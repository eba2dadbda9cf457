package org.scrutiny.shared.tasks;

import java.time.LocalDate;

/**
 * One piece of work waiting for someone: what to do, in a sentence, and the address of the form
 * that does it. {@code due} is the date it is due by, when there is one; {@code overdue} says that
 * date has passed.
 */
public record Task(String text, String href, LocalDate due, boolean overdue) {

    public static Task of(String text, String href) {
        return new Task(text, href, null, false);
    }

    public static Task due(String text, String href, LocalDate due, LocalDate today) {
        return new Task(text, href, due, due != null && due.isBefore(today));
    }
}
