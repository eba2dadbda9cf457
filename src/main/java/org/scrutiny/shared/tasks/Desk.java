package org.scrutiny.shared.tasks;

/** Whose work a task is: the kinds of people who sign in to do the panel's work. */
public enum Desk {
    SECRETARIAT,
    OPCC,
    MEMBER,
    /** The complaints register: the secretariat, the monitoring officer and a delegated handler. */
    COMPLAINTS,
    /** The Commissioner's office's complaint reviews: its review officer and senior managers. */
    REVIEWS
}
