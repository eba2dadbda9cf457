package org.scrutiny.membership;

/** A councillor named by an authority to stand in for its members, or for one of them. */
public record PanelSubstitute(long personId, String name, String authority, long authorityId, Long forMembershipId) {

    public String formalName() {
        return "Councillor " + name;
    }
}
