package org.scrutiny.plan;

import java.util.List;
import java.util.Optional;

/**
 * The themes people can follow for email updates: those of the plan in force, known by their id,
 * so that renaming a theme keeps its followers.
 */
public interface FollowableThemes {

    record Theme(long id, String name) {}

    /** The themes of the plan in force, in the plan's order; empty before a plan is entered. */
    List<Theme> themes();

    /** A theme's name now, by its id, whichever plan it belongs to. */
    Optional<String> nameOf(long id);

    /** The id of the theme of the plan in force called {@code name}, ignoring case. */
    Optional<Long> idOf(String name);
}
