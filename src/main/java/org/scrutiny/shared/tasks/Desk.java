package org.scrutiny.shared.tasks;

/** Whose work a task is: the three kinds of people who sign in to do the panel's work. */
public enum Desk {
    SECRETARIAT,
    OPCC,
    MEMBER
}
