package org.scrutiny.minutes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingStatus;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.MemberKind;
import org.scrutiny.membership.MemberRole;
import org.scrutiny.membership.PanelMember;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.membership.PanelSubstitute;
import org.scrutiny.minutes.AttendanceFigures;
import org.scrutiny.shared.MunicipalYear;

/**
 * Attendance over a municipal year against a fixture counted by hand: a member on the panel all
 * year, one who joined and one who left during it, a substitute, and a cancelled meeting.
 *
 * <pre>
 *                     10 Jun 2030   10 Sep 2030   10 Nov 2030 (cancelled)   10 Feb 2031
 * Adams (all year)    present       present       -                         apologies     2 of 3 = 67%
 * Brown (from Aug)    not a member  present       -                         present       2 of 2 = 100%
 * Clark (to Dec)      apologies     apologies     -                         not a member  0 of 2 = 0%
 * Smith (substitute)  -             for Clark     -                         -             1 as substitute
 * </pre>
 */
class AttendanceFiguresTest {

    private static final MunicipalYear YEAR = new MunicipalYear(2030, Month.MAY);

    private static final PanelMember ADAMS = member(1, 101, "Adams", 1, null, null);
    private static final PanelMember BROWN = member(2, 102, "Brown", 2, LocalDate.of(2030, 8, 1), null);
    private static final PanelMember CLARK = member(3, 103, "Clark", 3, null, LocalDate.of(2030, 12, 31));
    private static final PanelSubstitute SMITH = new PanelSubstitute(201, "Smith", "Authority 3", 3, 3L);

    private final AllMinutes minutes = mock(AllMinutes.class);
    private final MeetingSchedule meetings = mock(MeetingSchedule.class);
    private final PanelMembership membership = mock(PanelMembership.class);

    @Test
    void members_are_counted_against_the_meetings_of_their_term_and_cancelled_meetings_do_not_count() {
        MeetingSummary june = meeting(1, LocalDate.of(2030, 6, 10), MeetingStatus.HELD);
        MeetingSummary september = meeting(2, LocalDate.of(2030, 9, 10), MeetingStatus.HELD);
        MeetingSummary november = meeting(3, LocalDate.of(2030, 11, 10), MeetingStatus.CANCELLED);
        MeetingSummary february = meeting(4, LocalDate.of(2031, 2, 10), MeetingStatus.HELD);
        when(meetings.meetingsBetween(YEAR.firstDay(), YEAR.lastDay()))
                .thenReturn(List.of(june, september, november, february));
        for (MeetingSummary meeting : List.of(june, september, november, february)) {
            when(membership.membersOn(meeting.date()))
                    .thenReturn(List.of(ADAMS, BROWN, CLARK).stream()
                            .filter(m -> m.startDate() == null || !m.startDate().isAfter(meeting.date()))
                            .filter(m -> m.endDate() == null || !m.endDate().isBefore(meeting.date()))
                            .toList());
        }
        when(minutes.findByMeetingIdIn(any()))
                .thenReturn(List.of(
                        minutes(
                                1,
                                Attendee.Line.member(ADAMS, Attendee.Presence.PRESENT, true),
                                Attendee.Line.member(CLARK, Attendee.Presence.APOLOGIES, false)),
                        minutes(
                                2,
                                Attendee.Line.member(ADAMS, Attendee.Presence.PRESENT, true),
                                Attendee.Line.member(BROWN, Attendee.Presence.PRESENT, false),
                                Attendee.Line.member(CLARK, Attendee.Presence.APOLOGIES, false),
                                Attendee.Line.substitute(SMITH, CLARK.membershipId())),
                        minutes(
                                4,
                                Attendee.Line.member(ADAMS, Attendee.Presence.APOLOGIES, false),
                                Attendee.Line.member(BROWN, Attendee.Presence.PRESENT, true))));

        AttendanceService attendance = new AttendanceService(minutes, meetings, membership);

        assertThat(attendance.minutedMeetingsIn(YEAR)).isEqualTo(3);
        assertThat(attendance.attendanceIn(YEAR))
                .containsExactly(
                        new AttendanceFigures.Line(101, "Councillor Adams", 3, 2, 1, 0),
                        new AttendanceFigures.Line(102, "Councillor Brown", 2, 2, 0, 0),
                        new AttendanceFigures.Line(103, "Councillor Clark", 2, 0, 2, 0),
                        new AttendanceFigures.Line(201, "Councillor Smith", 0, 0, 0, 1));
        assertThat(attendance.attendanceIn(YEAR))
                .extracting(AttendanceFigures.Line::percent)
                .containsExactly(67, 100, 0, null);
    }

    private static PanelMember member(
            long membership, long person, String name, long authority, LocalDate from, LocalDate to) {
        return new PanelMember(
                membership,
                person,
                name,
                MemberKind.COUNCILLOR,
                "Authority " + authority,
                authority,
                MemberRole.MEMBER,
                from,
                to);
    }

    private static MeetingSummary meeting(long id, LocalDate date, MeetingStatus status) {
        return new MeetingSummary(id, MeetingKind.ORDINARY, "Meeting", date, LocalTime.of(14, 0), "Hall", status);
    }

    private static MeetingMinutes minutes(long meetingId, Attendee.Line... lines) {
        MeetingMinutes record = MeetingMinutes.start(meetingId, 1, List.of());
        record.recordAttendance(List.of(lines));
        record.publish(Instant.parse("2031-03-01T12:00:00Z"));
        return record;
    }
}
