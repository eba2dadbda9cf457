package org.scrutiny.membership;

public enum MemberKind {
    COUNCILLOR("Councillor"),
    INDEPENDENT_CO_OPTED("Independent co-opted member");

    private final String label;

    MemberKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
