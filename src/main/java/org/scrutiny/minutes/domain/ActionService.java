package org.scrutiny.minutes.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.London;
import org.scrutiny.shared.PanelCalendar;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Actions arising from meetings, and their progress. */
@Service
@Transactional
public class ActionService {

    private final Actions actions;
    private final AllMinutes minutes;
    private final MeetingSchedule meetings;
    private final Clock clock;
    private final PanelCalendar calendar;

    ActionService(Actions actions, AllMinutes minutes, MeetingSchedule meetings, Clock clock, PanelCalendar calendar) {
        this.calendar = calendar;
        this.actions = actions;
        this.minutes = minutes;
        this.meetings = meetings;
        this.clock = clock;
    }

    public MeetingAction record(long meetingId, MeetingAction.Raising raising) {
        Long dueMeetingId = raising.dueMeetingId();
        MeetingMinutes record = minutes.findByMeetingId(meetingId)
                .orElseThrow(() -> new RecordNotFoundException("Minutes of meeting", meetingId));
        record.minute(raising.minuteId());
        if (dueMeetingId != null) {
            MeetingSummary due = meetings.meeting(dueMeetingId)
                    .orElseThrow(() -> new RecordNotFoundException("Meeting", dueMeetingId));
            MeetingSummary raised = meetings.meeting(meetingId).orElseThrow();
            if (!due.date().isAfter(raised.date())) {
                throw new BusinessRuleViolation(
                        "dueMeeting", "Choose a meeting after the one the action was raised at");
            }
        }
        return actions.save(MeetingAction.record(meetingId, raising, calendar.workingDays()));
    }

    @Transactional(readOnly = true)
    public MeetingAction action(long id) {
        MeetingAction action = actions.findById(id).orElseThrow(() -> new RecordNotFoundException("Action", id));
        action.getUpdates().size();
        return action;
    }

    @Transactional(readOnly = true)
    public List<MeetingAction> ofMeeting(long meetingId) {
        List<MeetingAction> found = actions.findByMeetingIdOrderById(meetingId);
        found.forEach(a -> a.getUpdates().size());
        return found;
    }

    @Transactional(readOnly = true)
    public List<MeetingAction> all() {
        List<MeetingAction> found = actions.findAllByOrderByIdDesc();
        found.forEach(a -> a.getUpdates().size());
        return found;
    }

    /**
     * What a meeting's review of actions covers: actions raised at earlier meetings that are
     * still open, or were closed since the meeting before it.
     */
    @Transactional(readOnly = true)
    public List<MeetingAction> forReviewAt(long meetingId) {
        Map<Long, MeetingSummary> earlier = earlierMeetings(meetingId);
        return actions.findByStatusOrderById(MeetingAction.Status.OPEN).stream()
                .filter(a -> earlier.containsKey(a.getMeetingId()))
                .peek(a -> a.getUpdates().size())
                .sorted(Comparator.comparing(MeetingAction::getId))
                .toList();
    }

    /**
     * A meeting's review of actions as it stood at the end of {@code day}, the day it was published:
     * actions raised at earlier meetings that were still open that day, however they moved on since.
     */
    @Transactional(readOnly = true)
    public List<MeetingAction> forReviewAsAt(long meetingId, LocalDate day) {
        Map<Long, MeetingSummary> earlier = earlierMeetings(meetingId);
        Set<Long> minutedByThen = publishedBy(earlier.keySet(), day);
        return actions.findAllByOrderByIdDesc().stream()
                .filter(a -> minutedByThen.contains(a.getMeetingId()))
                .filter(a -> a.wasOpenOn(day))
                .peek(a -> a.getUpdates().size())
                .sorted(Comparator.comparing(MeetingAction::getId))
                .toList();
    }

    /** The action log as it stands: every open action of published minutes, oldest first. */
    @Transactional(readOnly = true)
    public List<MeetingAction> open() {
        List<MeetingAction> open = actions.findByStatusOrderById(MeetingAction.Status.OPEN);
        Set<Long> published = publishedBy(
                open.stream().map(MeetingAction::getMeetingId).collect(Collectors.toSet()), LocalDate.now(clock));
        return open.stream()
                .filter(a -> published.contains(a.getMeetingId()))
                .peek(a -> a.getUpdates().size())
                .toList();
    }

    /** Which of these meetings' minutes had been published by the end of {@code day}: their actions are public. */
    private Set<Long> publishedBy(Collection<Long> meetingIds, LocalDate day) {
        Instant endOfDay = day.plusDays(1).atStartOfDay(London.ZONE).toInstant();
        return minutes.findByMeetingIdIn(meetingIds).stream()
                .filter(m -> m.getPublishedAt() != null && m.getPublishedAt().isBefore(endOfDay))
                .map(MeetingMinutes::getMeetingId)
                .collect(Collectors.toSet());
    }

    /** The meetings these actions were raised at, by id, read at once. */
    @Transactional(readOnly = true)
    public Map<Long, MeetingSummary> meetingsOf(List<MeetingAction> raised) {
        return meetings
                .meetings(raised.stream()
                        .map(MeetingAction::getMeetingId)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(MeetingSummary::id, m -> m));
    }

    /** The meetings before this one, by id, read at once: where the actions under review were raised. */
    @Transactional(readOnly = true)
    public Map<Long, MeetingSummary> earlierMeetings(long meetingId) {
        MeetingSummary meeting =
                meetings.meeting(meetingId).orElseThrow(() -> new RecordNotFoundException("Meeting", meetingId));
        return meetings
                .meetingsBetween(meeting.date().minusYears(10), meeting.date().minusDays(1))
                .stream()
                .collect(Collectors.toMap(MeetingSummary::id, m -> m));
    }

    public MeetingAction update(long id, long expectedVersion, String text) {
        MeetingAction action = action(id);
        StaleRecordException.check(expectedVersion, action.getVersion());
        action.update(LocalDate.now(clock), text);
        return actions.saveAndFlush(action);
    }

    public MeetingAction complete(long id, long expectedVersion, String note) {
        MeetingAction action = action(id);
        StaleRecordException.check(expectedVersion, action.getVersion());
        action.complete(LocalDate.now(clock), note);
        return actions.saveAndFlush(action);
    }

    public MeetingAction drop(long id, long expectedVersion, String reason) {
        MeetingAction action = action(id);
        StaleRecordException.check(expectedVersion, action.getVersion());
        action.drop(LocalDate.now(clock), reason);
        return actions.saveAndFlush(action);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
