package org.scrutiny.membership;

import java.time.LocalDate;

/** A member of the panel as they were on a given date; an independent member has no authority. */
public record PanelMember(
        long membershipId,
        long personId,
        String name,
        MemberKind kind,
        String authority,
        Long authorityId,
        MemberRole role,
        LocalDate startDate,
        LocalDate endDate) {

    /** As the panel's papers write it: "Councillor A Collis", "Edward Leigh". */
    public String formalName() {
        return kind == MemberKind.COUNCILLOR ? "Councillor " + name : name;
    }
}
