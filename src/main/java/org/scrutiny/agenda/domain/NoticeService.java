package org.scrutiny.agenda.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.scrutiny.agenda.MeetingNotice;
import org.scrutiny.agenda.MeetingNotice.Urgency;
import org.scrutiny.agenda.Notices;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingStatus;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.shared.PanelCalendar;
import org.scrutiny.shared.StaleRecordException;
import org.scrutiny.shared.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class NoticeService implements Notices {

    /** A publication date this many working days away or fewer is flagged as due soon. */
    static final int DUE_SOON_WORKING_DAYS = 5;

    private final NoticeRulesRepository rules;
    private final MeetingSchedule meetings;
    private final Agendas agendas;
    private final PanelCalendar calendar;

    NoticeService(NoticeRulesRepository rules, MeetingSchedule meetings, Agendas agendas, PanelCalendar calendar) {
        this.rules = rules;
        this.meetings = meetings;
        this.agendas = agendas;
        this.calendar = calendar;
    }

    /** The panel's working days, for the dates these rules give. */
    public WorkingDays calendar() {
        return calendar.workingDays();
    }

    public NoticeRules rules() {
        return rules.findFirstByOrderByIdAsc().orElseGet(NoticeRules::defaults);
    }

    public NoticeRules changeRules(long expectedVersion, NoticeRules.Change change) {
        NoticeRules current = rules.findFirstByOrderByIdAsc().orElseGet(NoticeRules::defaults);
        if (current.getId() != null) {
            StaleRecordException.check(expectedVersion, current.getVersion());
        }
        current.change(change);
        return rules.saveAndFlush(current);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MeetingNotice> upcoming(LocalDate today) {
        NoticeRules rules = rules();
        WorkingDays days = calendar();
        List<MeetingSummary> upcoming = meetings.meetingsBetween(today, today.plusYears(2)).stream()
                .filter(m -> m.status() == MeetingStatus.PROVISIONAL || m.status() == MeetingStatus.CONFIRMED)
                .filter(m -> m.kind().needsPublicNotice())
                .toList();
        Map<Long, LocalDate> published = agendas
                .findByMeetingIdInAndStatus(
                        upcoming.stream().map(MeetingSummary::id).toList(), Agenda.Status.PUBLISHED)
                .stream()
                .collect(Collectors.toMap(
                        Agenda::getMeetingId, a -> a.publishedInLondon().toLocalDate()));
        return upcoming.stream()
                .map(m -> notice(rules, days, m, today, published.get(m.id())))
                .toList();
    }

    static MeetingNotice notice(NoticeRules rules, WorkingDays days, MeetingSummary meeting, LocalDate today) {
        return notice(rules, days, meeting, today, null);
    }

    /** The meeting's dates; once the agenda is published, the question deadline counts from that day. */
    static MeetingNotice notice(
            NoticeRules rules, WorkingDays days, MeetingSummary meeting, LocalDate today, LocalDate publishedOn) {
        LocalDate latest = rules.latestPublication(days, meeting.date());
        if (publishedOn != null) {
            return new MeetingNotice(
                    meeting, latest, rules.questionDeadline(days, meeting.date(), publishedOn), Urgency.PUBLISHED);
        }
        Urgency urgency;
        if (today.isAfter(latest)) {
            urgency = Urgency.PASSED;
        } else if (days.clearWorkingDaysBetween(today, latest) < DUE_SOON_WORKING_DAYS) {
            urgency = Urgency.DUE_SOON;
        } else {
            urgency = Urgency.IN_TIME;
        }
        return new MeetingNotice(meeting, latest, rules.questionDeadline(days, meeting.date(), latest), urgency);
    }
}
