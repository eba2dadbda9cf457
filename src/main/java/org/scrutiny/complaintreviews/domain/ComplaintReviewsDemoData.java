package org.scrutiny.complaintreviews.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.scrutiny.complaintreviews.domain.ReviewRequest.Complainant;
import org.scrutiny.complaintreviews.domain.ReviewRequest.Facts;
import org.scrutiny.complaintreviews.domain.ReviewRequest.Handling;
import org.scrutiny.shared.DemoData;
import org.scrutiny.shared.London;
import org.scrutiny.shared.PanelCalendar;
import org.scrutiny.shared.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Invented review requests and complaints about the Chief Constable (every name says so), made so
 * that the figures for 1 April 2021 to 28 February 2022 come out as the seed's item 8 prints them:
 * 46 requests, 33 valid (30 completed, 3 ongoing, none not started), 3 invalid (2 out of time, 1
 * for the IOPC), 10 not progressed, 2 upheld with recommendations the force agreed and carried
 * out; 2 complaints about the Chief Constable, 1 recorded (service acceptable, its review by the
 * IOPC not upheld) and 1 not recorded.
 */
@Component
@Profile("demo & !prod")
class ComplaintReviewsDemoData extends DemoData {

    private static final Logger log = LoggerFactory.getLogger(ComplaintReviewsDemoData.class);
    private static final LocalDate FIRST = LocalDate.of(2021, 4, 5);
    private static final String OFFICER = "Review Officer (invented)";
    private static final String MANAGER = "Senior Manager (invented)";

    private final ReviewRequests requests;
    private final ChiefConstableComplaints chiefConstableComplaints;
    private final PanelCalendar calendar;
    private final ReviewTargets targets;

    ComplaintReviewsDemoData(
            ReviewRequests requests,
            ChiefConstableComplaints chiefConstableComplaints,
            PanelCalendar calendar,
            ReviewTargets targets) {
        this.requests = requests;
        this.chiefConstableComplaints = chiefConstableComplaints;
        this.calendar = calendar;
        this.targets = targets;
    }

    @Override
    protected void load() {
        if (requests.count() > 0 || chiefConstableComplaints.count() > 0) {
            return;
        }
        WorkingDays days = calendar.workingDays();
        for (int i = 0; i < 46; i++) {
            requests.save(request(i, FIRST.plusWeeks(i), days));
        }
        open(days);
        ChiefConstableComplaint recorded = new ChiefConstableComplaint(
                LocalDate.of(2021, 6, 14),
                "Invented complainant A",
                "Invented for the demonstration: the Chief Constable's handling of a public meeting.");
        recorded.handle(new ChiefConstableComplaint.Handling(
                true,
                null,
                false,
                ChiefConstableComplaint.Outcome.SERVICE_ACCEPTABLE,
                LocalDate.of(2021, 9, 20),
                ChiefConstableComplaint.IopcReview.NOT_UPHELD));
        ChiefConstableComplaint notRecorded = new ChiefConstableComplaint(
                LocalDate.of(2021, 11, 8),
                "Invented complainant B",
                "Invented for the demonstration: a force policy the complainant disagreed with.");
        notRecorded.handle(new ChiefConstableComplaint.Handling(
                false,
                "It is about a force policy, not the Chief Constable's conduct: it does not meet the threshold",
                false,
                null,
                null,
                ChiefConstableComplaint.IopcReview.NONE));
        chiefConstableComplaints.saveAll(List.of(recorded, notRecorded));
        log.info("Demo data: 46 invented complaint review requests and 2 complaints about the Chief Constable");
    }

    /**
     * Request {@code i}, received weekly from 5 April 2021: the first ten never confirmed, two out
     * of time, one for the IOPC, then thirty-three valid, of which the last three were finished
     * only after February 2022.
     */
    private ReviewRequest request(int i, LocalDate received, WorkingDays days) {
        boolean late = i == 10 || i == 11;
        LocalDate outcome = received.minusDays(late ? 35 : 10);
        ReviewRequest request = new ReviewRequest(
                new Facts(
                        i % 4 == 0 ? ReviewRequest.Channel.ONLINE_FORM : ReviewRequest.Channel.EMAIL,
                        received,
                        null,
                        "DEMO-CO/" + (1000 + i * 7) + "/21",
                        outcome),
                new Complainant(
                        "Invented complainant " + (i + 1),
                        "complainant" + (i + 1) + "@demo.scrutiny.test",
                        null,
                        "Invented for the demonstration: unhappy with the outcome of a complaint to the force."),
                received.plus(targets.confirmationPeriod()),
                days.workingDaysAfter(received, targets.acknowledgementWorkingDays()));
        request.step(at(received), "The application", "Received (invented for the demonstration)");
        request.acknowledge(i == 25 ? days.workingDaysAfter(received, 9) : days.workingDaysAfter(received, 2));
        if (i < 10) {
            request.notProgressed(request.getConfirmBy().plusDays(1));
            return request;
        }
        request.checkHandling(new Handling(true, i % 3 == 0, i == 12 ? ReviewRequest.IopcGround.SENIOR_OFFICER : null));
        if (i == 12) {
            request.forwardToIopc(received.plusDays(1));
            return request;
        }
        LocalDate confirmed = received.plusDays(3);
        request.confirm(confirmed, days.workingDaysAfter(confirmed, targets.completionWorkingDays()));
        if (late) {
            return request;
        }
        request.assign(OFFICER, received.plusDays(4));
        if (i == 20) {
            request.suspend(received.plusDays(6), "Invented: waiting for the force's complaint file");
            request.resume(received.plusDays(12));
        }
        boolean ongoingAtEnd = i >= 43;
        LocalDate decided = received.plusDays(ongoingAtEnd ? 36 : 20);
        boolean upheld = i == 17 || i == 30;
        request.decide(
                upheld,
                "Invented for the demonstration.",
                !upheld
                        ? List.of()
                        : List.of(
                                i == 17
                                        ? "Apologise to the complainant"
                                        : "Change the outcome of the complaint to: the service provided was not acceptable"),
                OFFICER,
                decided);
        request.qualityAssure(MANAGER, decided.plusDays(4));
        if (upheld) {
            request.answer(0, ReviewRecommendation.ForceAnswer.AGREED_DONE, decided.plusDays(18));
        }
        return request;
    }

    /**
     * Requests received in March and April 2022, after the seed's period, still open, one at each
     * step: handling to check with the force; being reviewed; decided, waiting for quality
     * assurance; late and not yet acknowledged; for the IOPC, to forward; valid, waiting for a
     * review officer; suspended.
     */
    private void open(WorkingDays days) {
        for (int i = 46; i < 53; i++) {
            LocalDate received = LocalDate.of(2022, 3, 7).plusWeeks(i - 46);
            boolean late = i == 49;
            ReviewRequest request = new ReviewRequest(
                    new Facts(
                            ReviewRequest.Channel.LETTER,
                            received,
                            null,
                            "DEMO-CO/" + (2000 + i) + "/22",
                            received.minusDays(late ? 40 : 12)),
                    new Complainant(
                            "Invented complainant " + (i + 1),
                            null,
                            "1 Invented Street\nPeterborough\nPE1 1AA",
                            "Invented for the demonstration: the force did not look at the complainant's evidence."),
                    received.plus(targets.confirmationPeriod()),
                    days.workingDaysAfter(received, targets.acknowledgementWorkingDays()));
            request.step(at(received), "The application", "Received (invented for the demonstration)");
            if (!late) {
                request.acknowledge(days.workingDaysAfter(received, 1));
            }
            if (i == 50) {
                request.checkHandling(new Handling(true, true, ReviewRequest.IopcGround.CRIMINAL_OR_DISCIPLINARY));
            }
            if (i == 47 || i == 48 || i == 51 || i == 52) {
                request.checkHandling(new Handling(true, i == 48, null));
                LocalDate confirmed = received.plusDays(2);
                request.confirm(confirmed, days.workingDaysAfter(confirmed, targets.completionWorkingDays()));
            }
            if (i == 47 || i == 48 || i == 52) {
                request.assign(OFFICER, received.plusDays(3));
            }
            if (i == 48) {
                request.decide(false, "Invented for the demonstration.", List.of(), OFFICER, received.plusDays(15));
            }
            if (i == 52) {
                request.suspend(received.plusDays(5), "Invented: waiting for the force's complaint file");
            }
            requests.save(request);
        }
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(London.ZONE).toInstant();
    }
}
