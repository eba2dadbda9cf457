package org.scrutiny.agenda.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.meetings.PlannedItem;
import org.scrutiny.shared.DemoData;
import org.scrutiny.shared.London;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The agenda of the meeting of 23 March 2022 as the seed agenda pack sets it out, published on
 * 15 March 2022 (the last day with five clear working days' notice). Its reports are the papers
 * module's demonstration.
 */
@Component
@Profile("demo & !prod")
class AgendaDemoData extends DemoData {

    private static final Logger log = LoggerFactory.getLogger(AgendaDemoData.class);
    private static final LocalDate MEETING = LocalDate.of(2022, 3, 23);
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 3, 15);

    private final Agendas agendas;
    private final MeetingSchedule meetings;
    private final NoticeService notices;
    private final AgendaService service;
    private final Clock clock;

    AgendaDemoData(
            Agendas agendas, MeetingSchedule meetings, NoticeService notices, AgendaService service, Clock clock) {
        this.agendas = agendas;
        this.meetings = meetings;
        this.notices = notices;
        this.service = service;
        this.clock = clock;
    }

    @Override
    protected void load() {
        draftTheNextAgenda();
        loadTheSeedAgenda();
    }

    /**
     * The meetings module keeps one meeting in the future; its agenda is drafted from the work
     * programme, so that the secretariat can ask for its reports and the OPCC write them.
     */
    private void draftTheNextAgenda() {
        LocalDate today = LocalDate.now(clock);
        meetings.meetingsBetween(today.plusDays(1), today.plusYears(1)).stream()
                .filter(m -> m.kind() == MeetingKind.ORDINARY)
                .findFirst()
                .filter(next -> agendas.findByMeetingId(next.id()).isEmpty())
                .ifPresent(next -> {
                    service.start(next.id());
                    log.info(
                            "Demo data: the agenda of the next meeting, {}, drafted from the work programme",
                            next.date());
                });
    }

    private void loadTheSeedAgenda() {
        MeetingSummary meeting = meetings.meetingsBetween(MEETING, MEETING).stream()
                .filter(m -> m.kind() == MeetingKind.ORDINARY)
                .findFirst()
                .orElse(null);
        if (meeting == null || agendas.findByMeetingId(meeting.id()).isPresent()) {
            return;
        }
        NoticeRules rules = notices.rules();
        String questions = AgendaService.questionNotice(rules.questionDeadline(notices.calendar(), MEETING, PUBLISHED));
        Agenda agenda = Agenda.draft(
                meeting.id(),
                List.of(
                        new PlannedItem("Apologies for Absence", null, ItemPurpose.APOLOGIES),
                        new PlannedItem("Declarations of Interest", null, ItemPurpose.DECLARATIONS),
                        new PlannedItem("Minutes of the previous meeting", null, ItemPurpose.PREVIOUS_MINUTES),
                        new PlannedItem(
                                "Police and Crime Commissioner's Response to the Panel's Recommendations",
                                null,
                                ItemPurpose.ACTIONS_REVIEW),
                        new PlannedItem("Public Questions and Statements", null, ItemPurpose.PUBLIC_QUESTIONS),
                        new PlannedItem("Review of Complaints", null, ItemPurpose.COMPLAINTS_REVIEW),
                        new PlannedItem(
                                "Police and Crime Commissioner's Approach to Communications and Engagement",
                                null,
                                ItemPurpose.OTHER),
                        new PlannedItem("OPCC - Complaints Policy Update", null, ItemPurpose.COMPLAINTS_AND_CONDUCT),
                        new PlannedItem(
                                "Delivery of Police and Crime Plan - Forward Plan", null, ItemPurpose.FORWARD_PLAN),
                        new PlannedItem("Meeting Dates and Agenda Plan", null, ItemPurpose.MEETING_DATES)),
                meetings.previousMeeting(meeting.id()).orElse(null),
                questions);
        Clock publicationDay = Clock.fixed(
                ZonedDateTime.of(PUBLISHED.atTime(9, 0), London.ZONE).toInstant(), London.ZONE);
        agenda.publish(
                PUBLISHED, rules.latestPublication(notices.calendar(), MEETING), null, questions, publicationDay);
        agendas.saveAndFlush(agenda);

        log.info("Demo data: the agenda of 23 March 2022, published on 15 March 2022");
    }
}
