package org.scrutiny.shared.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's share of the task lists: each module that holds work for someone declares a bean of
 * this type, and the signed-in home page gathers them. Groups without tasks may be returned; they
 * are not shown.
 */
public interface TaskSource {

    List<TaskGroup> tasks(Desk desk, LocalDate today);
}
