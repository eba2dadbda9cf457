package org.scrutiny.minutes.domain;

/** What the panel decided on an item, as the minutes word it: "The Panel unanimously AGREED to NOTE the report". */
public enum Decision {
    NONE("No decision", null),
    NOTED("Noted", "NOTED"),
    AGREED("Agreed", "AGREED"),
    RESOLVED("Resolved", "RESOLVED"),
    RECOMMENDATION("Recommendation to the Commissioner", "AGREED the following recommendation to the Commissioner"),
    VETO("Veto", "VETOED");

    private final String label;
    private final String verb;

    Decision(String label, String verb) {
        this.label = label;
        this.verb = verb;
    }

    public String label() {
        return label;
    }

    public String verb() {
        return verb;
    }
}
