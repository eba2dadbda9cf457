package org.scrutiny.precept.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.recommendations.RecommendationLedger;
import org.scrutiny.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The 2022/23 precept from the first seed: notified on 21 January 2022, reviewed on 2 February
 * with no veto, reported on 3 February, answered on 8 February. The seeds give the rise (£9.99 for
 * Band D) but not the Band D figures, so none are recorded.
 */
@Component
@Profile("demo & !prod")
class PreceptDemoData extends DemoData {

    private static final Logger log = LoggerFactory.getLogger(PreceptDemoData.class);

    private final PreceptYears years;
    private final MeetingSchedule meetings;
    private final PanelMembership membership;
    private final RecommendationLedger ledger;

    PreceptDemoData(
            PreceptYears years, MeetingSchedule meetings, PanelMembership membership, RecommendationLedger ledger) {
        this.years = years;
        this.meetings = meetings;
        this.membership = membership;
        this.ledger = ledger;
    }

    @Override
    protected void load() {
        if (years.findByFinancialYear(2022).isPresent()) {
            return;
        }
        MeetingSummary review = meetingOn(LocalDate.of(2022, 2, 2), MeetingKind.ORDINARY);
        MeetingSummary reserve = meetingOn(LocalDate.of(2022, 2, 16), MeetingKind.RESERVE_IF_NEEDED_VETO);
        if (review == null) {
            return;
        }
        PreceptYear year = PreceptYear.notified(
                new PreceptYear.Notification(
                        2022,
                        LocalDate.of(2022, 1, 21),
                        new BigDecimal("9.99"),
                        null,
                        null,
                        "The Commissioner proposed to raise the policing precept by £9.99 for a Band D property, with a review of the medium-term financial strategy."));
        year.plannedAt(review.id(), reserve == null ? null : reserve.id());
        year.recordVote(
                review.id(),
                review.date(),
                membership.membersOn(review.date()).size(),
                new PreceptYear.Vote(
                        0,
                        null,
                        "In accordance with the Police Reform and Social Responsibility Act 2011 and following consideration of the information submitted to it, the Panel unanimously AGREED to NOT exercise its veto power over the precept increase proposed by the Commissioner.",
                        "The Panel found the proposed precept acceptable, and necessary to keep policing effective and efficient across the area of Cambridgeshire Constabulary."));
        year.report(
                LocalDate.of(2022, 2, 3),
                () -> ledger.reportsOf(review.id()).stream().findFirst().orElse(null));
        year.respond(LocalDate.of(2022, 2, 8), new BigDecimal("9.99"));
        years.save(year);
        log.info("Demo data: the 2022/23 precept");
    }

    private MeetingSummary meetingOn(LocalDate date, MeetingKind kind) {
        return meetings.meetingsBetween(date, date).stream()
                .filter(m -> m.kind() == kind)
                .findFirst()
                .orElse(null);
    }
}
