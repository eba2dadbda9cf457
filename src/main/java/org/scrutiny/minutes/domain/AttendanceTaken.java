package org.scrutiny.minutes.domain;

import java.util.List;
import java.util.Map;

/**
 * What the secretariat records of who attended a meeting, by id: each member's presence (by
 * membership), who chaired, the substitutes and whom they stood in for, the officials present, and
 * anyone else as "Name, what they are".
 */
public record AttendanceTaken(
        Map<Long, Attendee.Presence> members,
        Long chair,
        List<StandIn> substitutes,
        List<Long> officials,
        List<String> others) {

    /** A named substitute ({@code personId}) standing in for the member of {@code forMembershipId}. */
    public record StandIn(long personId, Long forMembershipId) {}

    public AttendanceTaken {
        members = Map.copyOf(members);
        substitutes = List.copyOf(substitutes);
        officials = List.copyOf(officials);
        others = List.copyOf(others);
    }
}
