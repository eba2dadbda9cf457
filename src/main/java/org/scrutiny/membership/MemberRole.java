package org.scrutiny.membership;

/** A member's role for one municipal year; everyone without a Chair or Vice-Chair role is a member. */
public enum MemberRole {
    CHAIR("Chair"),
    VICE_CHAIR("Vice-Chair"),
    MEMBER("Member");

    private final String label;

    MemberRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
