package org.scrutiny.agenda;

/** The forms panels give their deadline for public questions and statements. */
public enum QuestionDeadlineRule {
    WORKING_DAYS_AFTER_PUBLICATION("The Nth working day after the agenda is published"),
    CLEAR_WORKING_DAYS_BEFORE_MEETING("N clear working days before the meeting"),
    CALENDAR_DAYS_BEFORE_MEETING("N calendar days before the meeting");

    private final String label;

    QuestionDeadlineRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
