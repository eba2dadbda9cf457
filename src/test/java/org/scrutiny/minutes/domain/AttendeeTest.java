package org.scrutiny.minutes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.membership.MemberKind;
import org.scrutiny.membership.MemberRole;
import org.scrutiny.membership.PanelMember;

/** The attendance line as the seed's minutes print it: "Edward Leigh (Chair), Claire George (Vice-Chair), ...". */
class AttendeeTest {

    private static PanelMember member(long id, String name, MemberKind kind, MemberRole role) {
        return new PanelMember(id, id + 100, name, kind, null, null, role, LocalDate.of(2021, 5, 1), null);
    }

    private static String listed(PanelMember member, boolean chair) {
        MeetingMinutes record = MeetingMinutes.start(7L, 40, List.of());
        record.recordAttendance(List.of(Attendee.Line.member(member, Attendee.Presence.PRESENT, chair)));
        return record.getAttendees().get(0).listed();
    }

    @Test
    void the_chair_and_the_vice_chair_are_named_by_their_roles() {
        assertThat(listed(member(1, "Edward Leigh", MemberKind.INDEPENDENT_CO_OPTED, MemberRole.CHAIR), true))
                .isEqualTo("Edward Leigh (Chair)");
        assertThat(listed(member(2, "Claire George", MemberKind.INDEPENDENT_CO_OPTED, MemberRole.VICE_CHAIR), false))
                .isEqualTo("Claire George (Vice-Chair)");
        assertThat(listed(member(3, "A Gilderdale", MemberKind.COUNCILLOR, MemberRole.MEMBER), false))
                .isEqualTo("Councillor A Gilderdale");
    }

    @Test
    void a_vice_chair_who_chairs_the_meeting_is_both() {
        assertThat(listed(member(2, "Claire George", MemberKind.INDEPENDENT_CO_OPTED, MemberRole.VICE_CHAIR), true))
                .isEqualTo("Claire George (Vice-Chair, in the Chair)");
    }
}
