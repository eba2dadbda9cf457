package org.scrutiny.minutes.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.scrutiny.agenda.AgendaItems;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Taking, publishing and approving the minutes of meetings. */
@Service
@Transactional
public class MinutesService {

    private final AllMinutes all;
    private final AllMinutesRules rules;
    private final MeetingSchedule meetings;
    private final AgendaItems agendaItems;
    private final AttendanceService attendance;
    private final Clock clock;

    MinutesService(
            AllMinutes all,
            AllMinutesRules rules,
            MeetingSchedule meetings,
            AgendaItems agendaItems,
            AttendanceService attendance,
            Clock clock) {
        this.all = all;
        this.rules = rules;
        this.meetings = meetings;
        this.agendaItems = agendaItems;
        this.attendance = attendance;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<MeetingMinutes> of(long meetingId) {
        return all.findByMeetingId(meetingId).map(MinutesService::loaded);
    }

    /** Minutes the public may read: published as a draft, or approved. */
    @Transactional(readOnly = true)
    public MeetingMinutes published(long meetingId) {
        return of(meetingId)
                .filter(MeetingMinutes::isPublished)
                .orElseThrow(() -> new RecordNotFoundException("Published minutes of meeting", meetingId));
    }

    @Transactional(readOnly = true)
    public List<MeetingMinutes> of(List<Long> meetingIds) {
        return all.findByMeetingIdIn(meetingIds).stream()
                .map(MinutesService::loaded)
                .toList();
    }

    /** Published minutes with the meeting each records. */
    public record Published(MeetingMinutes record, MeetingSummary meeting) {}

    /** Every meeting's published minutes (approved or not), with the meeting, in the order the meetings were held. */
    @Transactional(readOnly = true)
    public List<Published> allPublished() {
        List<MeetingMinutes> published = all.findByStatusNot(MeetingMinutes.Status.DRAFT);
        Map<Long, MeetingSummary> held = new HashMap<>();
        meetings.meetings(published.stream().map(MeetingMinutes::getMeetingId).toList())
                .forEach(meeting -> held.put(meeting.id(), meeting));
        return published.stream()
                .filter(record -> held.containsKey(record.getMeetingId()))
                .map(record -> new Published(record, held.get(record.getMeetingId())))
                .sorted(Comparator.comparing((Published p) -> p.meeting().date()))
                .toList();
    }

    public MeetingSummary meeting(long meetingId) {
        return meetings.meeting(meetingId).orElseThrow(() -> new RecordNotFoundException("Meeting", meetingId));
    }

    /**
     * The number the meeting's first minute should carry: one after the last minute of the
     * previous minuted meeting, or 1 at an annual general meeting, where numbering starts again.
     * Empty when the system cannot know (the previous minutes were kept elsewhere).
     */
    @Transactional(readOnly = true)
    public Optional<Integer> suggestedFirstNumber(long meetingId) {
        MeetingSummary meeting = meeting(meetingId);
        if (meeting.kind() == MeetingKind.ANNUAL_GENERAL_MEETING) {
            return Optional.of(1);
        }
        List<MeetingSummary> earlier = meetings.meetingsBetween(meeting.date().minusYears(2), meeting.date()).stream()
                .filter(m -> m.id() != meetingId)
                .filter(m ->
                        m.date().isBefore(meeting.date()) || (m.date().equals(meeting.date()) && m.id() < meetingId))
                .sorted(Comparator.comparing(MeetingSummary::date).reversed())
                .toList();
        for (MeetingSummary previous : earlier) {
            Optional<MeetingMinutes> minutes = all.findByMeetingId(previous.id());
            if (minutes.isPresent()) {
                return Optional.of(minutes.get().lastNumber() + 1);
            }
            if (previous.kind() == MeetingKind.ANNUAL_GENERAL_MEETING) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Starts the minutes, numbered from {@code firstNumber} or the suggestion: a minute for each item
     * of the meeting's agenda or, for a meeting whose agenda is not on the system, each item planned
     * for it; the secretariat adds a minute for anything else taken.
     */
    public MeetingMinutes start(long meetingId, Integer firstNumber) {
        if (all.findByMeetingId(meetingId).isPresent()) {
            throw new BusinessRuleViolation("The minutes of this meeting have already been started");
        }
        MeetingSummary meeting = meeting(meetingId);
        if (!meeting.kind().needsPublicNotice()) {
            throw new BusinessRuleViolation("A " + meeting.kind().label().toLowerCase() + " is not minuted");
        }
        Integer first = firstNumber != null
                ? firstNumber
                : suggestedFirstNumber(meetingId).orElse(null);
        if (first == null) {
            throw new BusinessRuleViolation(
                    "firstNumber",
                    "Enter the number of the first minute: the minutes before this meeting are not in the system");
        }
        return loaded(all.save(MeetingMinutes.start(meetingId, first, startingItems(meetingId))));
    }

    /** Where the minutes start from: the agenda's items, or with no agenda on the system the items planned. */
    public enum Source {
        AGENDA,
        PLANNED_ITEMS,
        NOTHING
    }

    @Transactional(readOnly = true)
    public Source startsFrom(long meetingId) {
        if (!agendaItems.itemsOf(meetingId).isEmpty()) {
            return Source.AGENDA;
        }
        return meetings.plannedItems(meetingId).isEmpty() ? Source.NOTHING : Source.PLANNED_ITEMS;
    }

    private List<MeetingMinutes.Item> startingItems(long meetingId) {
        List<AgendaItems.Item> agenda = agendaItems.itemsOf(meetingId);
        if (!agenda.isEmpty()) {
            return agenda.stream()
                    .map(i -> new MeetingMinutes.Item(i.id(), i.title(), i.purpose()))
                    .toList();
        }
        return meetings.plannedItems(meetingId).stream()
                .map(planned -> new MeetingMinutes.Item(null, planned.title(), planned.purpose()))
                .toList();
    }

    public MeetingMinutes recordAttendance(long meetingId, long expectedVersion, List<Attendee.Line> lines) {
        return change(meetingId, expectedVersion, m -> m.recordAttendance(lines));
    }

    /** Records the attendance the secretariat took, named as the membership stood on the day of the meeting. */
    public MeetingMinutes recordAttendance(long meetingId, long expectedVersion, AttendanceTaken taken) {
        return recordAttendance(
                meetingId, expectedVersion, attendance.lines(meeting(meetingId).date(), taken));
    }

    public MeetingMinutes recordTimes(long meetingId, long expectedVersion, LocalTime started, LocalTime ended) {
        return change(meetingId, expectedVersion, m -> m.recordTimes(started, ended));
    }

    public MeetingMinutes write(long meetingId, long expectedVersion, long minuteId, Minute.Writing writing) {
        return change(meetingId, expectedVersion, m -> m.write(minuteId, writing));
    }

    public MeetingMinutes addMinute(long meetingId, String title) {
        MeetingMinutes minutes = existing(meetingId);
        minutes.addMinute(title);
        return loaded(all.saveAndFlush(minutes));
    }

    public MeetingMinutes declare(long meetingId, long minuteId, String member, DeclarationKind kind, String details) {
        MeetingMinutes minutes = existing(meetingId);
        minutes.declare(minuteId, member, kind, details);
        return loaded(all.saveAndFlush(minutes));
    }

    public MeetingMinutes withdrawDeclaration(long meetingId, long declarationId) {
        MeetingMinutes minutes = existing(meetingId);
        minutes.withdrawDeclaration(declarationId);
        return loaded(all.saveAndFlush(minutes));
    }

    public MeetingMinutes publish(long meetingId, long expectedVersion) {
        return change(meetingId, expectedVersion, m -> m.publish(clock.instant()));
    }

    /**
     * Approves the previous meeting's minutes at this meeting, under its "minutes of the previous
     * meeting" item, which is minuted as agreed (with the amendments, if any).
     */
    public MeetingMinutes approvePrevious(long meetingId, long expectedVersion, String amendments) {
        MeetingMinutes current = existing(meetingId);
        StaleRecordException.check(expectedVersion, current.getVersion());
        AgendaItems.Item item = agendaItems.itemsOf(meetingId).stream()
                .filter(i -> i.purpose() == ItemPurpose.PREVIOUS_MINUTES && i.linkedMeetingId() != null)
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation(
                        "This meeting's agenda has no item for the minutes of a previous meeting"));
        MeetingSummary previousMeeting = meeting(item.linkedMeetingId());
        MeetingMinutes previous = all.findByMeetingId(previousMeeting.id())
                .orElseThrow(() -> new BusinessRuleViolation("The minutes of "
                        + DisplayFormats.dayOf(previousMeeting.date()) + " have not been taken in the system"));
        MeetingSummary meeting = meeting(meetingId);
        previous.approve(meetingId, meeting.date(), amendments);
        Minute minute = current.getMinutes().stream()
                .filter(m -> item.id() == (m.getAgendaItemId() == null ? -1 : m.getAgendaItemId()))
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("The minute for the previous minutes item is missing"));
        String text = "that the minutes of the meeting held on " + DisplayFormats.dayOf(previousMeeting.date())
                + " were an accurate record"
                + (previous.getAmendments() == null ? "" : ", subject to this amendment: " + previous.getAmendments());
        current.write(
                minute.getId(),
                new Minute.Writing(minute.getSummary(), minute.pointList(), Decision.AGREED, text, Minute.Vote.none()));
        all.save(previous);
        return loaded(all.saveAndFlush(current));
    }

    @Transactional(readOnly = true)
    public MinutesRules rules() {
        return rules.findAll().stream().findFirst().orElseGet(() -> new MinutesRules(MinutesRules.DEFAULT_QUORUM));
    }

    public MinutesRules changeQuorum(long expectedVersion, int quorum) {
        MinutesRules current = rules.findAll().stream().findFirst().orElse(null);
        if (current == null) {
            return rules.saveAndFlush(new MinutesRules(quorum));
        }
        StaleRecordException.check(expectedVersion, current.getVersion());
        current.change(quorum);
        return rules.saveAndFlush(current);
    }

    private MeetingMinutes change(long meetingId, long expectedVersion, Consumer<MeetingMinutes> change) {
        MeetingMinutes minutes = existing(meetingId);
        StaleRecordException.check(expectedVersion, minutes.getVersion());
        change.accept(minutes);
        return loaded(all.saveAndFlush(minutes));
    }

    private MeetingMinutes existing(long meetingId) {
        return all.findByMeetingId(meetingId)
                .orElseThrow(() -> new RecordNotFoundException("Minutes of meeting", meetingId));
    }

    /** Reads every part, so pages can show them after the transaction. */
    static MeetingMinutes loaded(MeetingMinutes minutes) {
        minutes.getAttendees().size();
        minutes.getMinutes().size();
        minutes.getDeclarations().size();
        return minutes;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
