package org.scrutiny.minutes.domain;

import java.util.List;

/**
 * The attendance of a meeting as it stands to be edited: every member on the day of the meeting
 * with what the minutes record of them (present when nothing is recorded yet), then the substitutes,
 * officials and others already recorded.
 */
public record AttendanceSheet(
        List<Member> members, List<AttendanceTaken.StandIn> substitutes, List<Long> officials, List<String> others) {

    /** A member of the panel on the day, with their recorded presence and whether they chaired. */
    public record Member(
            long membershipId,
            long personId,
            String name,
            String authority,
            Attendee.Presence presence,
            boolean chair) {}

    public AttendanceSheet {
        members = List.copyOf(members);
        substitutes = List.copyOf(substitutes);
        officials = List.copyOf(officials);
        others = List.copyOf(others);
    }
}
