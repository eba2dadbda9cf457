package org.scrutiny.complaintreviews.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.Function;
import org.scrutiny.complaintreviews.domain.ReviewRequest.Complainant;
import org.scrutiny.complaintreviews.domain.ReviewRequest.Facts;
import org.scrutiny.complaintreviews.domain.ReviewRequest.Handling;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.London;
import org.scrutiny.shared.PanelCalendar;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's use cases for review requests. Each takes the signed-in officer who acts and writes
 * a line of the request's history; the request itself refuses what the rules do not allow.
 */
@Service
@Transactional
public class ReviewService {

    /** A request the office enters from a letter, an email or the force, with the force's handling checked. */
    public record Entry(Facts facts, Handling handling, Complainant complainant) {}

    /** The review officer's decision. */
    public record Decision(boolean upheld, String reasons, List<String> recommendations) {}

    private final ReviewRequests requests;
    private final ReviewLetterWriter letters;
    private final PanelCalendar calendar;
    private final Clock clock;
    private final ReviewTargets targets;
    private final Period retention;

    ReviewService(
            ReviewRequests requests,
            ReviewLetterWriter letters,
            PanelCalendar calendar,
            Clock clock,
            ReviewTargets targets,
            @Value("${scrutiny.complaint-reviews.retention:P6Y}") Period retention) {
        this.requests = requests;
        this.letters = letters;
        this.calendar = calendar;
        this.clock = clock;
        this.targets = targets;
        this.retention = retention;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(London.ZONE));
    }

    /** Takes a request from the online form and acknowledges it at once. */
    public ReviewRequest submit(Facts facts, Complainant complainant) {
        LocalDate today = today();
        if (!facts.receivedOn().equals(today)) {
            throw new IllegalArgumentException("An online request is received today");
        }
        ReviewRequest request = requests.saveAndFlush(received(facts, complainant));
        request.step(clock.instant(), "The complainant", "Asked for a review on the online form");
        request.acknowledge(today);
        letters.acknowledgement(request);
        request.step(clock.instant(), "The application", "Acknowledged by email, with the request to confirm it");
        return requests.saveAndFlush(request);
    }

    /** Enters a request received another way; it is acknowledged as a separate step. */
    public ReviewRequest enter(Entry entry, String officer) {
        LocalDate today = today();
        if (entry.facts().receivedOn().isAfter(today)) {
            throw new BusinessRuleViolation("receivedOn", "The date it was received cannot be in the future");
        }
        ReviewRequest request = received(entry.facts(), entry.complainant());
        request.checkHandling(entry.handling());
        request = requests.saveAndFlush(request);
        request.step(
                clock.instant(),
                officer,
                "Entered the request (" + entry.facts().channel().label() + ")");
        return requests.saveAndFlush(request);
    }

    private ReviewRequest received(Facts facts, Complainant complainant) {
        if (facts.outcomeGivenOn().isAfter(today())) {
            throw new BusinessRuleViolation("outcomeGivenOn", "The day the outcome was given cannot be in the future");
        }
        return new ReviewRequest(
                facts,
                complainant,
                facts.receivedOn().plus(targets.confirmationPeriod()),
                calendar.workingDays().workingDaysAfter(facts.receivedOn(), targets.acknowledgementWorkingDays()));
    }

    @Transactional(readOnly = true)
    public ReviewRequest request(long id) {
        return requests.findById(id).orElseThrow(() -> new RecordNotFoundException("Review request", id));
    }

    /** The request with its history, suspensions and recommendations, for its page. */
    @Transactional(readOnly = true)
    public ReviewRequest withHistory(long id) {
        ReviewRequest request = request(id);
        request.getSteps();
        request.getSuspensions();
        request.getRecommendations();
        return request;
    }

    @Transactional(readOnly = true)
    public List<ReviewRequest> register() {
        return requests.findAllByOrderByReceivedOnDescIdDesc();
    }

    public ReviewRequest acknowledge(long id, long version, String officer) {
        return act(id, version, officer, request -> {
            request.acknowledge(today());
            letters.acknowledgement(request);
            return "Acknowledged the request";
        });
    }

    public ReviewRequest checkHandling(long id, long version, Handling handling, String officer) {
        return act(id, version, officer, request -> {
            request.checkHandling(handling);
            return "Recorded how the force handled the complaint: "
                    + (handling.recordedUnderSchedule3()
                            ? "recorded under Schedule 3"
                            : "not recorded under Schedule 3")
                    + (handling.investigated() ? ", investigated" : ", not investigated")
                    + (handling.iopcGround() == null ? "" : "; the IOPC is the relevant review body");
        });
    }

    public ReviewRequest acceptLate(long id, long version, String reason, String officer) {
        return act(id, version, officer, request -> {
            request.acceptLate(reason);
            return "Accepted the request although it was made after the 28 days";
        });
    }

    public ReviewRequest confirm(long id, long version, LocalDate on, String officer) {
        notInFuture(on, "confirmedOn", "The day it was confirmed");
        return act(id, version, officer, request -> {
            request.confirm(on, calendar.workingDays().workingDaysAfter(on, targets.completionWorkingDays()));
            if (request.getStatus() == ReviewRequest.Status.INVALID) {
                letters.invalid(request);
                return "Recorded the complainant's confirmation; the request is invalid: "
                        + request.getInvalidReason().label();
            }
            return "Recorded the complainant's confirmation; the request is valid";
        });
    }

    public ReviewRequest forwardToIopc(long id, long version, String officer) {
        return act(id, version, officer, request -> {
            request.forwardToIopc(today());
            letters.forwarded(request);
            return "Forwarded the request to the IOPC, the relevant review body, and told the complainant";
        });
    }

    public ReviewRequest notProgressed(long id, long version, String officer) {
        return act(id, version, officer, request -> {
            request.notProgressed(today());
            return "Closed as not progressed: the complainant did not confirm the request";
        });
    }

    /** Closes every request whose complainant did not confirm it in time; run each night on one node. */
    public int closeUnconfirmed() {
        LocalDate today = today();
        int closed = 0;
        for (ReviewRequest request : requests.findByStatusIn(List.of(ReviewRequest.Status.AWAITING_CONFIRMATION))) {
            if (today.isAfter(request.getConfirmBy())) {
                request.notProgressed(today);
                request.step(clock.instant(), "The application", "Closed as not progressed: no confirmation came");
                closed++;
            }
        }
        return closed;
    }

    public ReviewRequest assign(long id, long version, String reviewOfficer, String officer) {
        return act(id, version, officer, request -> {
            request.assign(reviewOfficer, today());
            return "Assigned the review to " + request.getReviewOfficer();
        });
    }

    public ReviewRequest suspend(long id, long version, LocalDate on, String reason, String officer) {
        notInFuture(on, "suspendedOn", "The day it was suspended");
        return act(id, version, officer, request -> {
            request.suspend(on, reason);
            return "Suspended the review";
        });
    }

    public ReviewRequest resume(long id, long version, LocalDate on, String officer) {
        notInFuture(on, "resumedOn", "The day it resumed");
        return act(id, version, officer, request -> {
            request.resume(on);
            return "Resumed the review";
        });
    }

    public ReviewRequest decide(long id, long version, Decision decision, String officer) {
        return act(id, version, officer, request -> {
            request.decide(decision.upheld(), decision.reasons(), decision.recommendations(), officer, today());
            return decision.upheld()
                    ? "Decided: upheld, with " + decision.recommendations().size() + " recommendation(s)"
                    : "Decided: not upheld";
        });
    }

    public ReviewRequest returnDecision(long id, long version, String manager) {
        return act(id, version, manager, request -> {
            request.returnDecision();
            return "Returned the decision to the review officer";
        });
    }

    /** The senior manager's quality assurance: the decision becomes final and the complainant is sent the letter. */
    public ReviewRequest qualityAssure(long id, long version, String manager) {
        return act(id, version, manager, request -> {
            request.qualityAssure(manager, today());
            letters.decision(request);
            return "Quality-assured the decision; it is final, and the complainant has been sent the letter";
        });
    }

    public ReviewRequest answer(
            long id, long version, int recommendation, ReviewRecommendation.ForceAnswer answer, String officer) {
        return act(id, version, officer, request -> {
            request.answer(recommendation, answer, today());
            return "Recorded the force's answer to recommendation " + (recommendation + 1) + ": " + answer.label();
        });
    }

    /** The decision letter as an accessible PDF, once the decision is final. */
    @Transactional(readOnly = true)
    public byte[] decisionLetter(long id) {
        ReviewRequest request = request(id);
        if (request.getStatus() != ReviewRequest.Status.FINAL) {
            throw new RecordNotFoundException("Decision letter of review request", id);
        }
        return letters.decisionPdf(request);
    }

    /** Erases the personal data of requests ended more than the retention period ago; returns how many. */
    public int erasePersonalData() {
        LocalDate endedBefore = today().minus(retention);
        List<ReviewRequest> due = requests.endedBefore(endedBefore);
        due.forEach(request -> {
            request.erasePersonalData(clock.instant());
            letters.forget(request);
        });
        return due.size();
    }

    private ReviewRequest act(long id, long version, String officer, Function<ReviewRequest, String> step) {
        ReviewRequest request = request(id);
        StaleRecordException.check(version, request.getVersion());
        String what = step.apply(request);
        request.step(clock.instant(), officer, what);
        return requests.saveAndFlush(request);
    }

    private void notInFuture(LocalDate on, String field, String label) {
        if (on.isAfter(today())) {
            throw new BusinessRuleViolation(field, label + " cannot be in the future");
        }
    }
}
