package org.scrutiny.meetings;

public enum MeetingStatus {
    PROVISIONAL("Provisional – date to be confirmed"),
    CONFIRMED("Confirmed"),
    HELD("Held"),
    CANCELLED("Cancelled");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
