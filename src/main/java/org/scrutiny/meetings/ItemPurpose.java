package org.scrutiny.meetings;

/**
 * What a standing item is for, so that an agenda can treat it as it should: the minutes item is
 * linked to the previous meeting, the public questions item carries its deadline.
 */
public enum ItemPurpose {
    APOLOGIES("Apologies for absence"),
    DECLARATIONS("Declarations of interest"),
    PREVIOUS_MINUTES("Minutes of the previous meeting"),
    ACTIONS_REVIEW("Review of actions and recommendations"),
    PUBLIC_QUESTIONS("Public questions and statements"),
    COMPLAINTS_REVIEW("Review of complaints"),
    FORWARD_PLAN("Forward plan"),
    PLAN_PROGRESS("Six-monthly progress on the Police and Crime Plan"),
    COMMISSIONER_ANNUAL_REPORT("The Commissioner's annual report"),
    COMPLAINTS_AND_CONDUCT("The Commissioner's report on complaints and conduct"),
    MEETING_DATES("Meeting dates and agenda plan"),
    PANEL_ANNUAL_REPORT("The panel's annual report"),
    ADMINISTRATION_COSTS("Administration costs and member expenses"),
    OTHER("Any other item");

    private final String label;

    ItemPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
