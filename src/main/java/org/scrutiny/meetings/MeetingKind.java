package org.scrutiny.meetings;

public enum MeetingKind {
    ORDINARY("Meeting", true),
    ANNUAL_GENERAL_MEETING("Annual General Meeting", true),
    RESERVE_IF_NEEDED_VETO("Reserve meeting – if needed (veto)", false),
    CONFIRMATION_HEARING("Confirmation hearing", false),
    TRAINING_OR_BRIEFING("Training or briefing", false),
    EXTERNAL_CONFERENCE("External conference", false);

    private final String label;
    private final boolean carriesStandingItems;

    MeetingKind(String label, boolean carriesStandingItems) {
        this.label = label;
        this.carriesStandingItems = carriesStandingItems;
    }

    public String label() {
        return label;
    }

    /** Meetings of the panel held in public need an agenda published with statutory notice. */
    public boolean needsPublicNotice() {
        return this != TRAINING_OR_BRIEFING && this != EXTERNAL_CONFERENCE;
    }

    /** Ordinary meetings and the AGM get the panel's standing items added to their plan. */
    public boolean carriesStandingItems() {
        return carriesStandingItems;
    }
}
