package org.scrutiny.minutes.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingStatus;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelMember;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.membership.PanelOfficial;
import org.scrutiny.membership.PanelSubstitute;
import org.scrutiny.minutes.AttendanceFigures;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.MunicipalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance over a municipal year, from the minutes: a member is expected at every minuted meeting
 * held while they were a member; cancelled meetings, and meetings not yet minuted, do not count.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceService implements AttendanceFigures {

    /** One meeting in a person's attendance: what they were recorded as. */
    public record Entry(MeetingSummary meeting, String attendance) {}

    private final AllMinutes minutes;
    private final MeetingSchedule meetings;
    private final PanelMembership membership;

    AttendanceService(AllMinutes minutes, MeetingSchedule meetings, PanelMembership membership) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.membership = membership;
    }

    /** The attendance recorded in {@code record}, laid over the members of the panel on the day of {@code meeting}. */
    public AttendanceSheet sheet(MeetingSummary meeting, MeetingMinutes record) {
        Map<Long, Attendee> recorded = record.attendees(Attendee.Category.MEMBER).stream()
                .filter(a -> a.getMembershipId() != null)
                .collect(Collectors.toMap(Attendee::getMembershipId, Function.identity(), (a, b) -> a));
        List<AttendanceSheet.Member> members = membership.membersOn(meeting.date()).stream()
                .map(member -> {
                    Attendee before = recorded.get(member.membershipId());
                    return new AttendanceSheet.Member(
                            member.membershipId(),
                            member.personId(),
                            member.formalName(),
                            member.authority(),
                            before == null ? Attendee.Presence.PRESENT : before.getPresence(),
                            before != null && before.isChair());
                })
                .toList();
        List<AttendanceTaken.StandIn> substitutes = record.attendees(Attendee.Category.SUBSTITUTE).stream()
                .filter(s -> s.getPersonId() != null)
                .map(s -> new AttendanceTaken.StandIn(s.getPersonId(), s.getSubstituteFor()))
                .toList();
        List<Long> officials = record.attendees(Attendee.Category.OFFICER).stream()
                .map(Attendee::getPersonId)
                .filter(Objects::nonNull)
                .toList();
        List<String> others = record.attendees(Attendee.Category.OTHER).stream()
                .map(a -> a.getName() + (a.getDescription() == null ? "" : ", " + a.getDescription()))
                .toList();
        return new AttendanceSheet(members, substitutes, officials, others);
    }

    /**
     * The first municipal year attendance can be shown for: the year of the panel's first meeting,
     * or {@code current} when it has none.
     */
    public MunicipalYear firstYear(MunicipalYear current) {
        return meetings.meetingsBetween(LocalDate.of(2000, 1, 1), current.lastDay()).stream()
                .findFirst()
                .map(first -> MunicipalYear.containing(first.date(), current.startMonth()))
                .orElse(current);
    }

    public List<AttendanceFigures.Line> year(MunicipalYear year) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (Map.Entry<MeetingSummary, MeetingMinutes> held : minuted(year)) {
            MeetingMinutes record = held.getValue();
            for (PanelMember member : membership.membersOn(held.getKey().date())) {
                names.putIfAbsent(member.personId(), member.formalName());
                counts.computeIfAbsent(member.personId(), k -> new int[4])[0]++;
            }
            for (Attendee attendee : record.getAttendees()) {
                if (attendee.getPersonId() == null) {
                    continue;
                }
                int[] count = counts.get(attendee.getPersonId());
                if (attendee.getCategory() == Attendee.Category.MEMBER && count != null) {
                    if (attendee.getPresence() == Attendee.Presence.PRESENT) {
                        count[1]++;
                    } else if (attendee.getPresence() == Attendee.Presence.APOLOGIES) {
                        count[2]++;
                    }
                } else if (attendee.getCategory() == Attendee.Category.SUBSTITUTE && attendee.isPresent()) {
                    names.putIfAbsent(attendee.getPersonId(), attendee.getName());
                    counts.computeIfAbsent(attendee.getPersonId(), k -> new int[4])[3]++;
                }
            }
        }
        List<AttendanceFigures.Line> records = new ArrayList<>();
        counts.forEach((person, c) ->
                records.add(new AttendanceFigures.Line(person, names.get(person), c[0], c[1], c[2], c[3])));
        records.sort(Comparator.comparing(AttendanceFigures.Line::name));
        return records;
    }

    /** One person's meetings in the year, with what the minutes record of them. */
    public List<Entry> of(long personId, MunicipalYear year) {
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<MeetingSummary, MeetingMinutes> held : minuted(year)) {
            boolean expected =
                    membership.membersOn(held.getKey().date()).stream().anyMatch(m -> m.personId() == personId);
            String recorded = held.getValue().getAttendees().stream()
                    .filter(a -> a.getPersonId() != null && a.getPersonId() == personId)
                    .filter(a -> a.getCategory() == Attendee.Category.MEMBER
                            || a.getCategory() == Attendee.Category.SUBSTITUTE)
                    .findFirst()
                    .map(a -> a.getCategory() == Attendee.Category.SUBSTITUTE
                            ? "Attended as a substitute"
                            : a.getPresence().label())
                    .orElse(expected ? "Not recorded" : null);
            if (recorded != null) {
                entries.add(new Entry(held.getKey(), recorded));
            }
        }
        return entries;
    }

    /**
     * The attendance lines of a meeting on {@code day}, from what the secretariat recorded, named as
     * the membership stood that day. A substitute not named for the panel that day is refused.
     */
    public List<Attendee.Line> lines(LocalDate day, AttendanceTaken taken) {
        List<Attendee.Line> lines = new ArrayList<>();
        for (PanelMember member : membership.membersOn(day)) {
            Attendee.Presence presence = taken.members().get(member.membershipId());
            if (presence != null) {
                lines.add(Attendee.Line.member(member, presence, Objects.equals(taken.chair(), member.membershipId())));
            }
        }
        Map<Long, PanelSubstitute> substitutes = membership.namedSubstitutesOn(day).stream()
                .collect(Collectors.toMap(PanelSubstitute::personId, Function.identity(), (a, b) -> a));
        for (AttendanceTaken.StandIn standIn : taken.substitutes()) {
            PanelSubstitute substitute = substitutes.get(standIn.personId());
            if (substitute == null) {
                throw new BusinessRuleViolation(
                        "substitutes", "Choose a substitute named for the panel on the day of the meeting");
            }
            lines.add(Attendee.Line.substitute(substitute, standIn.forMembershipId()));
        }
        Map<Long, PanelOfficial> officials = membership.officialsOn(day).stream()
                .collect(Collectors.toMap(PanelOfficial::personId, Function.identity(), (a, b) -> a));
        taken.officials().stream()
                .map(officials::get)
                .filter(Objects::nonNull)
                .map(Attendee.Line::official)
                .forEach(lines::add);
        taken.others().stream()
                .map(String::strip)
                .filter(other -> !other.isEmpty())
                .map(Attendee.Line::other)
                .forEach(lines::add);
        return lines;
    }

    /**
     * The latest municipal year, up to {@code current}, with minuted meetings to show attendance
     * for; {@code current} when there is none.
     */
    public MunicipalYear latestYearWithAttendance(MunicipalYear current) {
        MunicipalYear first = firstYear(current);
        for (MunicipalYear year = current; year.compareTo(first) >= 0; year = year.previous()) {
            if (!minuted(year).isEmpty()) {
                return year;
            }
        }
        return current;
    }

    /**
     * The latest municipal year, up to {@code current}, in which the published minutes record this
     * person as expected at or attending a meeting; {@code current} when none does.
     */
    public MunicipalYear latestYearOf(long personId, MunicipalYear current) {
        MunicipalYear first = firstYear(current);
        for (MunicipalYear year = current; year.compareTo(first) >= 0; year = year.previous()) {
            if (year(year).stream().anyMatch(r -> r.personId() == personId)) {
                return year;
            }
        }
        return current;
    }

    private List<Map.Entry<MeetingSummary, MeetingMinutes>> minuted(MunicipalYear year) {
        List<MeetingSummary> held = meetings.meetingsBetween(year.firstDay(), year.lastDay()).stream()
                .filter(m -> m.status() != MeetingStatus.CANCELLED)
                .sorted(Comparator.comparing(MeetingSummary::date))
                .toList();
        Map<Long, MeetingMinutes> byMeeting = new LinkedHashMap<>();
        minutes.findByMeetingIdIn(held.stream().map(MeetingSummary::id).toList()).stream()
                .filter(MeetingMinutes::isPublished)
                .filter(m -> !m.getAttendees().isEmpty())
                .forEach(m -> byMeeting.put(m.getMeetingId(), m));
        return held.stream()
                .filter(m -> byMeeting.containsKey(m.id()))
                .map(m -> Map.entry(m, byMeeting.get(m.id())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AttendanceFigures.Line> attendanceIn(MunicipalYear year) {
        return year(year);
    }

    @Override
    @Transactional(readOnly = true)
    public int minutedMeetingsIn(MunicipalYear year) {
        return minuted(year).size();
    }
}
