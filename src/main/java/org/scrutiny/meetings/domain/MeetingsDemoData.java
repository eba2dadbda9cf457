package org.scrutiny.meetings.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Every meeting date, venue and planned item in the Cambridgeshire panel's agenda plans of
 * 2022 and 2023 (the seed documents), and the meetings their minutes refer to. The items are
 * loaded as the plans list them; the panel's standing items are configured afterwards, so they
 * are added only to meetings the secretariat plans from now on.
 */
@Component
@Profile("demo & !prod")
class MeetingsDemoData extends DemoData {

    private static final Logger log = LoggerFactory.getLogger(MeetingsDemoData.class);
    private static final LocalTime HALF_PAST_ONE = LocalTime.of(13, 30);

    private final MeetingService meetings;
    private final Meetings repository;
    private final Clock clock;

    MeetingsDemoData(MeetingService meetings, Meetings repository, Clock clock) {
        this.meetings = meetings;
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    protected void load() {
        if (repository.count() == 0 && meetings.venues().isEmpty()) {
            loadSeeds();
        }
        planNextMeetingIfNone();
    }

    /**
     * The seeds end in 2024, so that there is a meeting to send a question to and follow, the demo
     * keeps one meeting in the future: on a Wednesday about six weeks on, its agenda not yet due.
     */
    private void planNextMeetingIfNone() {
        LocalDate today = LocalDate.now(clock);
        if (!meetings.meetingsBetween(today, today.plusYears(1)).isEmpty()
                || meetings.venues().isEmpty()) {
            return;
        }
        LocalDate date = today.plusWeeks(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        Meeting next = meetings.plan(
                new MeetingPlan(MeetingKind.ORDINARY, null, date, null, HALF_PAST_ONE, true),
                meetings.venues().stream()
                        .filter(v -> v.getName().startsWith("Engine Shed"))
                        .findFirst()
                        .orElse(meetings.venues().get(0))
                        .getId());
        meetings.planItem(next.getId(), "Delivery of the Police and Crime Plan", null);
        log.info("Demo data: the next meeting, planned for {}", date);
    }

    private void loadSeeds() {
        Venue engineShed = meetings.addVenue(new Venue.Details(
                "Engine Shed, Sand Martin House", "Bittern Way, Fletton Quays", "Peterborough", null));
        Venue townHall = meetings.addVenue(
                new Venue.Details("Bourges/Viersen Rooms, Town Hall", "Bridge Street", "Peterborough", null));
        Venue civicSuite = meetings.addVenue(new Venue.Details(
                "Civic Suite, Huntingdonshire District Council",
                "Pathfinder House, St Mary's Street",
                "Huntingdon",
                null));
        Venue scarman =
                meetings.addVenue(new Venue.Details("Scarman House", "University of Warwick", "Coventry", null));

        // Referred to by the minutes of 2 February 2022.
        held(
                meetings.plan(
                        new MeetingPlan(MeetingKind.ORDINARY, null, LocalDate.of(2021, 11, 15), null, null, false),
                        null),
                null);

        Meeting precept2022 = meetings.plan(
                new MeetingPlan(MeetingKind.ORDINARY, null, LocalDate.of(2022, 2, 2), null, null, false), null);
        items(
                precept2022,
                "Apologies for Absence",
                "Declarations of Interest",
                "Minutes of the Meeting held on 15 November 2021",
                "Commissioner's Response to Recommendations",
                "Public Questions/Statements",
                "Review of Complaints",
                "Precept Report 2022/23",
                "Decisions by the Police and Crime Commissioner",
                "Meeting Dates and Agenda Plan 2021/22");
        held(precept2022, null);

        Meeting reserve2022 = meetings.plan(
                new MeetingPlan(MeetingKind.RESERVE_IF_NEEDED_VETO, null, LocalDate.of(2022, 2, 16), null, null, false),
                null);
        meetings.cancel(
                reserve2022.getId(),
                reserve2022.getVersion(),
                "Not needed: on 2 February 2022 the panel decided not to veto the proposed precept");

        Meeting march2022 = meetings.plan(
                new MeetingPlan(MeetingKind.ORDINARY, null, LocalDate.of(2022, 3, 23), null, HALF_PAST_ONE, true),
                engineShed.getId());
        items(
                march2022,
                "Apologies for Absence",
                "Declarations of Interest",
                "Minutes of the Meeting held on 2nd February 2022",
                "Police and Crime Commissioner's Response to the Panel's Recommendations",
                "Public Questions and Statements",
                "Review of Complaints",
                "Police and Crime Commissioner's Approach to Communications and Engagement",
                "OPCC - Complaints Policy Update",
                "Delivery of Police and Crime Plan - Forward Plan",
                "Meeting Dates and Agenda Plan");

        // The draft agenda forward plan 2022-2023, in the agenda pack of 23 March 2022.
        Meeting agm2022 = meetings.plan(
                new MeetingPlan(
                        MeetingKind.ANNUAL_GENERAL_MEETING, null, LocalDate.of(2022, 7, 20), null, HALF_PAST_ONE, true),
                engineShed.getId());
        items(agm2022, "Public Questions", "Review of Complaints");
        meetings.planItem(agm2022.getId(), "OPCC Annual Report", "Full meeting, given its importance");
        items(agm2022, "Panel's Annual Report", "Complaints – Panel Policy update", "OPCC – Forward Plan");

        Meeting training = meetings.plan(
                new MeetingPlan(
                        MeetingKind.TRAINING_OR_BRIEFING,
                        "Member training",
                        LocalDate.of(2022, 9, 1),
                        "Early September 2022",
                        null,
                        false),
                null);
        items(
                training,
                "Member Training – Frontline Introduction to OPCC",
                "Work Programming Session with Frontline/OPCC");

        items(
                meetings.plan(
                        new MeetingPlan(
                                MeetingKind.ORDINARY, null, LocalDate.of(2022, 9, 14), null, HALF_PAST_ONE, true),
                        engineShed.getId()),
                "Public Questions",
                "Review of Complaints",
                "Criminal Justice",
                "Community Safety Arrangements",
                "OPCC – Forward Plan");
        meetings.plan(
                new MeetingPlan(
                        MeetingKind.EXTERNAL_CONFERENCE,
                        "Police & Crime Annual Conference",
                        LocalDate.of(2022, 11, 1),
                        "Early November 2022",
                        null,
                        false),
                scarman.getId());
        items(
                meetings.plan(
                        new MeetingPlan(
                                MeetingKind.ORDINARY, null, LocalDate.of(2022, 11, 23), null, HALF_PAST_ONE, true),
                        engineShed.getId()),
                "Public Questions",
                "Review of Complaints",
                "6 Monthly Interim Delivery of Police and Crime Plan",
                "OPCC – Forward Plan");

        Meeting precept2023 = meetings.plan(
                new MeetingPlan(MeetingKind.ORDINARY, null, LocalDate.of(2023, 2, 1), null, HALF_PAST_ONE, true),
                engineShed.getId());
        items(precept2023, "Public Questions", "Review of Complaints");
        meetings.planItem(precept2023.getId(), "Precept Report 2023/2024", "Full meeting, given its importance");
        meetings.planItem(precept2023.getId(), "OPCC – Forward Plan", null);
        held(precept2023, null);
        meetings.plan(
                new MeetingPlan(
                        MeetingKind.RESERVE_IF_NEEDED_VETO, null, LocalDate.of(2023, 2, 15), null, HALF_PAST_ONE, true),
                engineShed.getId());

        // Planned for 22 March 2023; the minutes show the meeting took place on 15 March 2023, 1:30pm to 3:30pm.
        Meeting march2023 = meetings.plan(
                new MeetingPlan(MeetingKind.ORDINARY, null, LocalDate.of(2023, 3, 22), null, HALF_PAST_ONE, true),
                engineShed.getId());
        // The items as the minutes record them being taken.
        items(
                march2023,
                "Apologies for Absence",
                "Declarations of Interest",
                "Minutes of the Meeting held on 1 February 2023",
                "Review Actions and Recommendations from the previous meeting",
                "Public Questions/Statements",
                "Approach to Communications and Engagement",
                "Putting Communities First",
                "Trust in Policing – Culture Statement",
                "Forward Plan (Final Year)",
                "Meeting Dates and Agenda Plan");
        march2023 = meetings.reschedule(
                march2023.getId(),
                march2023.getVersion(),
                new Meeting.Move(
                        LocalDate.of(2023, 3, 15),
                        HALF_PAST_ONE,
                        engineShed.getId(),
                        "The published papers do not give the reason"));
        held(march2023, LocalTime.of(15, 30));

        // The meeting dates and agenda plan in the minutes of 15 March 2023.
        Meeting agm2023 = meetings.plan(
                new MeetingPlan(
                        MeetingKind.ANNUAL_GENERAL_MEETING, null, LocalDate.of(2023, 7, 19), null, HALF_PAST_ONE, true),
                townHall.getId());
        items(
                agm2023,
                "Public Questions",
                "Review of Complaints",
                "Police and Crime Commissioner's Annual Report",
                "Integrity in Policing",
                "Rules of Procedure/Panel Arrangements");
        // Generated from the records: the panel's annual report and its costs for 2022/23.
        meetings.planItem(
                agm2023.getId(),
                "Cambridgeshire Police and Crime Panel Annual Report",
                null,
                ItemPurpose.PANEL_ANNUAL_REPORT);
        meetings.planItem(
                agm2023.getId(), "Administration Costs & Member Expenses", null, ItemPurpose.ADMINISTRATION_COSTS);
        items(agm2023, "Meeting Dates and Agenda Plan");
        items(
                meetings.plan(
                        new MeetingPlan(
                                MeetingKind.ORDINARY, null, LocalDate.of(2023, 9, 13), null, HALF_PAST_ONE, true),
                        civicSuite.getId()),
                "Public Questions",
                "Serious Violence Strategy",
                "Harm to Hope Drug Strategy",
                "High Harms Board",
                "Meeting Dates and Agenda Plan");
        items(
                meetings.plan(
                        new MeetingPlan(
                                MeetingKind.ORDINARY, null, LocalDate.of(2023, 11, 29), null, HALF_PAST_ONE, true),
                        civicSuite.getId()),
                "Public Questions",
                "Commissioning and Grants",
                "OPCC – Forward Plan",
                "Meeting Dates and Agenda Plan");
        Meeting precept2024 = meetings.plan(
                new MeetingPlan(MeetingKind.ORDINARY, null, LocalDate.of(2024, 1, 31), null, HALF_PAST_ONE, true),
                civicSuite.getId());
        items(precept2024, "Public Questions");
        meetings.planItem(precept2024.getId(), "Precept Report 2024/2025", "Full meeting, given its importance");
        items(precept2024, "OPCC – Forward Plan", "Meeting Dates and Agenda Plan");
        meetings.plan(
                new MeetingPlan(
                        MeetingKind.RESERVE_IF_NEEDED_VETO,
                        null,
                        LocalDate.of(2024, 2, 14),
                        null,
                        HALF_PAST_ONE,
                        false),
                null);
        items(
                meetings.plan(
                        new MeetingPlan(
                                MeetingKind.ORDINARY, null, LocalDate.of(2024, 3, 13), null, HALF_PAST_ONE, false),
                        null),
                "Public Questions",
                "Meeting Dates and Agenda Plan");

        // The standing items the panel's agendas carry, for meetings planned from now on.
        Map<String, ItemPurpose> standing = new LinkedHashMap<>();
        standing.put("Apologies for Absence", ItemPurpose.APOLOGIES);
        standing.put("Declarations of Interest", ItemPurpose.DECLARATIONS);
        standing.put("Minutes of the previous meeting", ItemPurpose.PREVIOUS_MINUTES);
        standing.put("Review of Actions and Recommendations", ItemPurpose.ACTIONS_REVIEW);
        standing.put("Public Questions and Statements", ItemPurpose.PUBLIC_QUESTIONS);
        standing.put("Review of Complaints", ItemPurpose.COMPLAINTS_REVIEW);
        standing.put("OPCC – Forward Plan", ItemPurpose.FORWARD_PLAN);
        standing.put("Meeting Dates and Agenda Plan", ItemPurpose.MEETING_DATES);
        int position = 10;
        for (Map.Entry<String, ItemPurpose> item : standing.entrySet()) {
            meetings.addStandingItem(item.getKey(), position, item.getValue());
            position += 10;
        }
        log.info("Demo data: {} meetings of the Cambridgeshire panel, 2021 to 2024", repository.count());
    }

    private void items(Meeting meeting, String... titles) {
        for (String title : titles) {
            meetings.planItem(meeting.getId(), title, null);
        }
    }

    private void held(Meeting meeting, LocalTime endedAt) {
        Meeting current = meetings.get(meeting.getId());
        meetings.recordHeld(current.getId(), current.getVersion(), endedAt);
    }
}
