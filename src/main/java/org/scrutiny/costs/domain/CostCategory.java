package org.scrutiny.costs.domain;

/** What a cost charged to the grant was for; the last three are a member's. */
public enum CostCategory {
    OFFICER_TIME("Officer time and administration", false),
    MEETING_EXPENSES("Meeting expenses", false),
    TRAINING("Training", false),
    OTHER("Other", false),
    MEMBER_ALLOWANCES("Member allowances", true),
    MEMBER_EXPENSES("Member expenses (travel and subsistence)", true);

    private final String label;
    private final boolean member;

    CostCategory(String label, boolean member) {
        this.label = label;
        this.member = member;
    }

    public String label() {
        return label;
    }

    /** Charged for a member: the entry names them, and it counts in their published total. */
    public boolean isMember() {
        return member;
    }
}
