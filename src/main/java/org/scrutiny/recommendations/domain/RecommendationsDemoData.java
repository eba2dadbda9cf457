package org.scrutiny.recommendations.domain;

import java.time.LocalDate;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.shared.DemoData;
import org.scrutiny.shared.PanelCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The panel's report on the 2022/23 precept and its recommendation of 2 February 2022, with the
 * Commissioner's letters of 8 February and 11 March 2022 (summarised), and the recommendation of
 * 15 March 2023, to which the seeds hold no response.
 */
@Component
@Profile("demo & !prod")
class RecommendationsDemoData extends DemoData {

    private static final Logger log = LoggerFactory.getLogger(RecommendationsDemoData.class);

    private final Recommendations recommendations;
    private final MeetingSchedule meetings;
    private final PanelCalendar calendar;

    RecommendationsDemoData(Recommendations recommendations, MeetingSchedule meetings, PanelCalendar calendar) {
        this.recommendations = recommendations;
        this.meetings = meetings;
        this.calendar = calendar;
    }

    @Override
    protected void load() {
        MeetingSummary february = meetingOn(LocalDate.of(2022, 2, 2));
        MeetingSummary march2023 = meetingOn(LocalDate.of(2023, 3, 15));
        if (february == null
                || march2023 == null
                || !recommendations.findByMeetingIdOrderById(february.id()).isEmpty()) {
            return;
        }
        var days = calendar.workingDays();
        Recommendation precept = Recommendation.send(
                new Recommendation.Sending(
                        february.id(),
                        null,
                        Recommendation.Kind.REPORT,
                        "Recommendation on the Commissioner's proposed precept for 2022/23",
                        "Having reviewed the proposed precept notified on 21 January 2022, the Panel unanimously AGREED to NOT exercise its veto power over the precept increase proposed by the Commissioner. "
                                + "The Panel found the proposed precept acceptable and necessary for effective and efficient policing across the area of Cambridgeshire Constabulary.",
                        LocalDate.of(2022, 2, 3),
                        null),
                1,
                days);
        precept.respond(
                new Recommendation.Response(
                        "The Commissioner acknowledged his duty to respond under Schedule 5 of the Act, noted that the Panel had unanimously decided not to veto the precept and found it acceptable and necessary, and thanked the Panel for its support.",
                        LocalDate.of(2022, 2, 8),
                        Recommendation.Outcome.NOTED),
                null,
                LocalDate.of(2022, 2, 8));
        precept.importedFromRecords();
        recommendations.save(precept);

        Recommendation forwardPlan = Recommendation.send(
                new Recommendation.Sending(
                        february.id(),
                        null,
                        Recommendation.Kind.RECOMMENDATION,
                        "A simplified forward plan from the OPCC as a standing item",
                        "That a simplified forward plan from the OPCC become a standing item on the Panel's agenda. This forward plan should cover the following six to nine months to allow for meeting dates and themes.",
                        LocalDate.of(2022, 2, 3),
                        null),
                1,
                days);
        forwardPlan.respond(
                new Recommendation.Response(
                        "A paper for the Panel's meeting of 23 March 2022 sets out the key deliverables of the Police and Crime Plan for the next six to nine months, and it will be updated for later meetings.\n"
                                + "The Commissioner also thanked the Panel for its unanimous support for the precept.",
                        LocalDate.of(2022, 3, 11),
                        Recommendation.Outcome.ACCEPTED),
                null,
                LocalDate.of(2022, 3, 11));
        forwardPlan.importedFromRecords();
        recommendations.save(forwardPlan);

        Recommendation communication = Recommendation.send(
                new Recommendation.Sending(
                        march2023.id(),
                        null,
                        Recommendation.Kind.RECOMMENDATION,
                        "A plan of action from the Chief Constable on the quality of communication",
                        "That the Commissioner report back to the Panel with a plan of action from the Chief Constable on how he plans to improve the quality of communication: web chat, explaining the role of intelligence, realistic expectations and building public confidence.",
                        LocalDate.of(2023, 3, 16),
                        null),
                1,
                days);
        communication.importedFromRecords();
        recommendations.save(communication);
        log.info("Demo data: three recommendations to the Commissioner, two with responses");
    }

    private MeetingSummary meetingOn(LocalDate date) {
        return meetings.meetingsBetween(date, date).stream()
                .filter(m -> m.kind() == MeetingKind.ORDINARY)
                .findFirst()
                .orElse(null);
    }
}
