package org.scrutiny.complaintreviews.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.scrutiny.complaintreviews.ComplaintReviews;
import org.scrutiny.complaintreviews.ReviewFigures;
import org.scrutiny.complaints.ComplaintRegister;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.PanelCalendar;
import org.scrutiny.shared.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the requests and complaints received in a period, each as it stood at the period's end
 * (a review completed after it counts as ongoing), so that a report for a past period says what
 * it said then. The counts come from the records, never from figures typed in.
 */
@Service
@Transactional(readOnly = true)
public class ReviewFiguresService implements ComplaintReviews {

    private final ReviewRequests requests;
    private final ChiefConstableComplaints chiefConstableComplaints;
    private final ComplaintRegister panelComplaints;
    private final PanelCalendar calendar;
    private final ReviewTargets targets;

    ReviewFiguresService(
            ReviewRequests requests,
            ChiefConstableComplaints chiefConstableComplaints,
            ComplaintRegister panelComplaints,
            PanelCalendar calendar,
            ReviewTargets targets) {
        this.requests = requests;
        this.chiefConstableComplaints = chiefConstableComplaints;
        this.panelComplaints = panelComplaints;
        this.calendar = calendar;
        this.targets = targets;
    }

    @Override
    public ReviewFigures figures(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new BusinessRuleViolation("to", "The end of the period must be on or after its start");
        }
        List<ReviewRequest> received = requests.findByReceivedOnBetweenOrderByReceivedOnAscIdAsc(from, to);
        WorkingDays days = calendar.workingDays();

        Map<String, Integer> invalid = new LinkedHashMap<>();
        for (ReviewRequest.InvalidReason reason : ReviewRequest.InvalidReason.values()) {
            invalid.put(reason.label(), 0);
        }
        int notProgressed = 0;
        int awaiting = 0;
        int notStarted = 0;
        int ongoing = 0;
        int acknowledged = 0;
        int acknowledgedInTime = 0;
        int completedInTime = 0;
        int recommendations = 0;
        int recommendationsAgreed = 0;
        long workingDays = 0;
        long workingDaysLessSuspensions = 0;
        Predicate<ReviewRequest> completedByEnd =
                r -> r.getCompletedOn() != null && !r.getCompletedOn().isAfter(to);
        List<ReviewRequest> completed = received.stream().filter(completedByEnd).toList();
        for (ReviewRequest request : received) {
            if (request.getAcknowledgedOn() != null
                    && !request.getAcknowledgedOn().isAfter(to)) {
                acknowledged++;
                if (request.isAcknowledgedInTime()) {
                    acknowledgedInTime++;
                }
            }
            boolean closedByEnd =
                    request.getClosedOn() != null && !request.getClosedOn().isAfter(to);
            if (closedByEnd && request.getStatus() == ReviewRequest.Status.NOT_PROGRESSED) {
                notProgressed++;
            } else if (closedByEnd && request.getStatus() == ReviewRequest.Status.INVALID) {
                invalid.merge(request.getInvalidReason().label(), 1, Integer::sum);
            } else if (completedByEnd.test(request)) {
                long taken = days.workingDaysBetween(request.getConfirmedOn(), request.getCompletedOn());
                long suspended = suspendedWorkingDays(days, request);
                workingDays += taken;
                workingDaysLessSuspensions += taken - suspended;
                if (taken - suspended <= targets.completionWorkingDays()) {
                    completedInTime++;
                }
                recommendations += request.getRecommendations().size();
                recommendationsAgreed += (int) request.getRecommendations().stream()
                        .filter(r -> r.getForceAnswer() == ReviewRecommendation.ForceAnswer.AGREED_DONE)
                        .count();
            } else if (request.getConfirmedOn() != null
                    && !request.getConfirmedOn().isAfter(to)) {
                if (request.getAssignedOn() != null && !request.getAssignedOn().isAfter(to)) {
                    ongoing++;
                } else {
                    notStarted++;
                }
            } else {
                awaiting++;
            }
        }
        Predicate<ReviewRequest> upheld = r -> Boolean.TRUE.equals(r.getUpheld());
        return new ReviewFigures(
                from,
                to,
                received.size(),
                completed.size(),
                ongoing,
                notStarted,
                invalid,
                notProgressed,
                awaiting,
                (int) completed.stream().filter(upheld).count(),
                share(completed, ReviewRequest::isInvestigated, upheld),
                share(completed, r -> !r.isInvestigated(), upheld),
                acknowledged,
                acknowledgedInTime,
                completedInTime,
                completed.isEmpty() ? null : (double) workingDays / completed.size(),
                completed.isEmpty() ? null : (double) workingDaysLessSuspensions / completed.size(),
                recommendations,
                recommendationsAgreed,
                chiefConstable(chiefConstableComplaints.findByReceivedOnBetween(from, to), to),
                panelComplaints.figures(from, to).aboutCommissioner());
    }

    private static ReviewFigures.Share share(
            List<ReviewRequest> completed, Predicate<ReviewRequest> group, Predicate<ReviewRequest> upheld) {
        List<ReviewRequest> in = completed.stream().filter(group).toList();
        return new ReviewFigures.Share(
                in.size(), (int) in.stream().filter(upheld).count());
    }

    private static ReviewFigures.ChiefConstable chiefConstable(List<ChiefConstableComplaint> received, LocalDate to) {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (ChiefConstableComplaint.Outcome outcome : ChiefConstableComplaint.Outcome.values()) {
            outcomes.put(outcome.label(), 0);
        }
        int reviewed = 0;
        int upheld = 0;
        int notUpheld = 0;
        for (ChiefConstableComplaint complaint : received) {
            if (complaint.getOutcome() != null && !complaint.getOutcomeOn().isAfter(to)) {
                outcomes.merge(complaint.getOutcome().label(), 1, Integer::sum);
            }
            switch (complaint.getIopcReview()) {
                case NONE -> {}
                case REQUESTED -> reviewed++;
                case UPHELD -> {
                    reviewed++;
                    upheld++;
                }
                case NOT_UPHELD -> {
                    reviewed++;
                    notUpheld++;
                }
            }
        }
        return new ReviewFigures.ChiefConstable(
                received.size(),
                (int) received.stream()
                        .filter(c -> Boolean.TRUE.equals(c.getRecorded()))
                        .count(),
                (int) received.stream()
                        .filter(c -> Boolean.FALSE.equals(c.getRecorded()))
                        .count(),
                (int) received.stream()
                        .filter(ChiefConstableComplaint::isReferredToIopc)
                        .count(),
                outcomes,
                reviewed,
                upheld,
                notUpheld);
    }

    private static long suspendedWorkingDays(WorkingDays days, ReviewRequest request) {
        long suspended = 0;
        for (ReviewSuspension suspension : request.getSuspensions()) {
            LocalDate until = suspension.getUntil() != null ? suspension.getUntil() : request.getCompletedOn();
            suspended += days.workingDaysBetween(suspension.getFrom(), until);
        }
        return suspended;
    }
}
