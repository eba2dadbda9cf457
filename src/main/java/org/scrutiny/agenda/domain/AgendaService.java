package org.scrutiny.agenda.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.scrutiny.agenda.AgendaItems;
import org.scrutiny.agenda.AgendaPublished;
import org.scrutiny.agenda.ExemptionParagraph;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class AgendaService implements AgendaItems {

    private final Agendas agendas;
    private final MeetingSchedule meetings;
    private final NoticeService notices;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AgendaService(
            Agendas agendas,
            MeetingSchedule meetings,
            NoticeService notices,
            Clock clock,
            ApplicationEventPublisher events) {
        this.agendas = agendas;
        this.meetings = meetings;
        this.notices = notices;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<Agenda> agendaOf(long meetingId) {
        return agendas.findByMeetingId(meetingId);
    }

    @Transactional(readOnly = true)
    public MeetingSummary meeting(long meetingId) {
        return meetings.meeting(meetingId).orElseThrow(() -> new RecordNotFoundException("Meeting", meetingId));
    }

    /** The last day the agenda may be published with full notice. */
    @Transactional(readOnly = true)
    public LocalDate latestPublication(long meetingId) {
        return notices.rules()
                .latestPublication(notices.calendar(), meeting(meetingId).date());
    }

    /** The question deadline if the agenda is published on {@code publication}. */
    @Transactional(readOnly = true)
    public LocalDateTime questionDeadline(long meetingId, LocalDate publication) {
        return notices.rules()
                .questionDeadline(notices.calendar(), meeting(meetingId).date(), publication);
    }

    public Agenda start(long meetingId) {
        MeetingSummary meeting = meeting(meetingId);
        if (!meeting.kind().needsPublicNotice()) {
            throw new BusinessRuleViolation("A " + meeting.kind().label().toLowerCase() + " has no public agenda");
        }
        if (agendas.findByMeetingId(meetingId).isPresent()) {
            throw new BusinessRuleViolation("This meeting already has an agenda");
        }
        LocalDate publication = latestPublication(meetingId);
        return agendas.save(Agenda.draft(
                meetingId,
                meetings.plannedItems(meetingId),
                meetings.previousMeeting(meetingId).orElse(null),
                questionNotice(questionDeadline(meetingId, publication))));
    }

    public Agenda addItem(long meetingId, String title, ExemptionParagraph exemption, String urgencyReason) {
        Agenda agenda = existing(meetingId);
        agenda.addItem(title, exemption, urgencyReason);
        return agendas.saveAndFlush(agenda);
    }

    public Agenda move(long meetingId, long itemId, int direction) {
        Agenda agenda = existing(meetingId);
        agenda.move(itemId, direction);
        return agendas.saveAndFlush(agenda);
    }

    public Agenda withdraw(long meetingId, long itemId, String reason) {
        Agenda agenda = existing(meetingId);
        agenda.withdraw(itemId, reason);
        return agendas.saveAndFlush(agenda);
    }

    public Agenda exempt(long meetingId, long itemId, ExemptionParagraph paragraph) {
        Agenda agenda = existing(meetingId);
        agenda.exempt(itemId, paragraph);
        return agendas.saveAndFlush(agenda);
    }

    public Agenda publish(long meetingId, long expectedVersion, String reasonIfLate) {
        Agenda agenda = existing(meetingId);
        StaleRecordException.check(expectedVersion, agenda.getVersion());
        LocalDate today = LocalDate.now(clock);
        agenda.publish(
                today,
                latestPublication(meetingId),
                reasonIfLate,
                questionNotice(questionDeadline(meetingId, today)),
                clock);
        agenda = agendas.saveAndFlush(agenda);
        events.publishEvent(new AgendaPublished(meetingId));
        return agenda;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgendaItems.Item> itemsOf(long meetingId) {
        return agendas.findByMeetingId(meetingId).map(AgendaService::items).orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<AgendaItems.Item>> publishedItemsOf(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        return agendas.findWithItemsByMeetingIdInAndStatus(meetingIds, Agenda.Status.PUBLISHED).stream()
                .collect(Collectors.toMap(Agenda::getMeetingId, AgendaService::items));
    }

    private static List<AgendaItems.Item> items(Agenda agenda) {
        return agenda.numbered().stream()
                .filter(n -> n.number() != null)
                .map(n -> new AgendaItems.Item(
                        n.item().getId(),
                        n.number(),
                        n.item().getTitle(),
                        n.item().getPurpose(),
                        n.item().isExempt(),
                        n.item().getLinkedMeetingId()))
                .toList();
    }

    /** An item of a meeting's agenda; "not found" when the meeting has no agenda or no such item. */
    @Transactional(readOnly = true)
    public AgendaItem item(long meetingId, long itemId) {
        return agendas.findByMeetingId(meetingId)
                .flatMap(agenda -> agenda.find(itemId))
                .orElseThrow(() -> new RecordNotFoundException("Agenda item", itemId));
    }

    private Agenda existing(long meetingId) {
        return agendas.findByMeetingId(meetingId)
                .orElseThrow(() -> new RecordNotFoundException("Agenda of meeting", meetingId));
    }

    public static String questionNotice(LocalDateTime deadline) {
        String time = deadline.toLocalTime().equals(LocalTime.NOON)
                ? "12 noon"
                : deadline.toLocalTime().toString();
        return "Questions and statements must reach the secretariat before " + time + " on "
                + DisplayFormats.weekdayOf(deadline.toLocalDate()) + ".";
    }
}
