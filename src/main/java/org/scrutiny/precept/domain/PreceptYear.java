package org.scrutiny.precept.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.envers.Audited;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.VetoVote;

/**
 * The panel's review of the Commissioner's proposed precept for the financial year starting on
 * 1 April of {@link #getFinancialYear()}: notification, review meeting, veto vote, report, and after
 * a veto the revised precept, the second report and the Commissioner's response.
 */
@Entity
@Audited
public class PreceptYear {

    /** Why the panel vetoed: the proposal was too high, or too low. */
    public enum VetoReason {
        TOO_HIGH("too high"),
        TOO_LOW("too low");

        private final String label;

        VetoReason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One statutory step: its deadline, when it happened (if it has), and whether it applies. */
    public record Step(String what, LocalDate deadline, LocalDate done, boolean applies) {

        public boolean isLate() {
            return done != null && done.isAfter(deadline);
        }

        public boolean isOverdue(LocalDate today) {
            return applies && done == null && today.isAfter(deadline);
        }

        /** Not done, due within a week. */
        public boolean isDueSoon(LocalDate today) {
            return applies && done == null && !today.isAfter(deadline) && !today.isBefore(deadline.minusDays(7));
        }
    }

    /**
     * The Commissioner's notification: the proposed rise for a Band D property, and where known this
     * year's and next year's Band D precept (they must differ by the rise), with a summary.
     */
    public record Notification(
            int financialYear,
            LocalDate notifiedOn,
            BigDecimal increase,
            BigDecimal currentBandD,
            BigDecimal proposedBandD,
            String summary) {}

    /** How the panel voted: the votes for a veto, whether the proposal was too high or too low, and its words. */
    public record Vote(int votesForVeto, VetoReason reason, String decision, String reasons) {}

    static final MonthDay NOTIFICATION = MonthDay.of(2, 1);
    static final MonthDay REPORT = MonthDay.of(2, 8);
    static final MonthDay REVISED = MonthDay.of(2, 15);
    static final MonthDay SECOND_REPORT = MonthDay.of(2, 22);
    static final MonthDay RESPONSE = MonthDay.of(3, 1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int financialYear;
    private LocalDate notifiedOn;
    private BigDecimal proposedIncrease;

    @Column(name = "proposed_band_d")
    private BigDecimal proposedBandD;

    @Column(name = "current_band_d")
    private BigDecimal currentBandD;

    private String summary;
    private Long reviewMeetingId;
    private Long reserveMeetingId;
    private Long voteMeetingId;
    private LocalDate votedOn;

    @Embedded
    private VetoVote vote;

    @Enumerated(EnumType.STRING)
    private VetoReason vetoReason;

    private String decision;
    private String reasons;
    private LocalDate reportOn;
    private Long reportRecommendationId;
    private LocalDate revisedOn;

    private BigDecimal revisedIncrease;

    private LocalDate secondReportOn;
    private String secondReportText;
    private LocalDate responseOn;

    private BigDecimal finalIncrease;

    @Version
    private long version;

    protected PreceptYear() {}

    public static PreceptYear notified(Notification notification) {
        LocalDate notifiedOn = notification.notifiedOn();
        BigDecimal increase = notification.increase();
        BigDecimal currentBandD = notification.currentBandD();
        BigDecimal proposedBandD = notification.proposedBandD();
        String summary = notification.summary();
        if (notifiedOn == null) {
            throw new BusinessRuleViolation("notifiedOn", "Enter the date the notification was received");
        }
        int financialYear = notification.financialYear();
        if (notifiedOn.isBefore(LocalDate.of(financialYear - 1, 4, 1))
                || !notifiedOn.isBefore(LocalDate.of(financialYear, 4, 1))) {
            // The proposal for a financial year is notified in the year before it starts.
            throw new BusinessRuleViolation(
                    "notifiedOn",
                    "The notification for " + financialYear + "/" + String.format("%02d", (financialYear + 1) % 100)
                            + " must be received between 1 April " + (financialYear - 1) + " and 31 March "
                            + financialYear);
        }
        if (increase == null) {
            throw new BusinessRuleViolation(
                    "increase", "Enter the proposed change for a Band D property in pounds, like 9.99");
        }
        if ((currentBandD == null) != (proposedBandD == null)) {
            throw new BusinessRuleViolation(
                    "proposedBandD", "Enter both this year's and the proposed Band D precept, or neither");
        }
        if (currentBandD != null && proposedBandD.subtract(currentBandD).compareTo(increase) != 0) {
            throw new BusinessRuleViolation(
                    "increase",
                    "The proposed Band D precept less this year's is £" + proposedBandD.subtract(currentBandD)
                            + ", not the £" + increase + " entered as the change");
        }
        PreceptYear year = new PreceptYear();
        year.financialYear = notification.financialYear();
        year.notifiedOn = notifiedOn;
        year.proposedIncrease = increase.setScale(2, RoundingMode.HALF_UP);
        year.currentBandD = currentBandD == null ? null : currentBandD.setScale(2, RoundingMode.HALF_UP);
        year.proposedBandD = proposedBandD == null ? null : proposedBandD.setScale(2, RoundingMode.HALF_UP);
        year.summary = summary == null || summary.isBlank() ? null : summary.strip();
        return year;
    }

    public LocalDate deadline(MonthDay day) {
        return day.atYear(financialYear);
    }

    /** The statutory timetable, with what has happened so far. */
    public List<Step> timetable() {
        boolean vetoed = isVetoEffective();
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("The Commissioner notifies the proposed precept", deadline(NOTIFICATION), notifiedOn, true));
        steps.add(new Step("The panel reviews it at a meeting and reports", deadline(REPORT), reportOn, true));
        steps.add(new Step(
                "After a veto: the Commissioner notifies a revised precept", deadline(REVISED), revisedOn, vetoed));
        steps.add(new Step(
                "After a veto: the panel reports on the revised precept",
                deadline(SECOND_REPORT),
                secondReportOn,
                vetoed));
        steps.add(new Step("The Commissioner responds and issues the precept", deadline(RESPONSE), responseOn, true));
        return steps;
    }

    void plannedAt(long reviewMeetingId, Long reserveMeetingId) {
        this.reviewMeetingId = reviewMeetingId;
        this.reserveMeetingId = reserveMeetingId;
    }

    /**
     * Records the vote at a meeting of the full panel on {@code date}, when {@code members} were
     * members of the panel. The veto is carried with at least two-thirds of them; a veto decided
     * after 8 February is recorded but has no effect.
     */
    public void recordVote(long meetingId, LocalDate date, int members, Vote cast) {
        VetoReason reason = cast.reason();
        String decision = cast.decision();
        String reasons = cast.reasons();
        if (reportOn != null) {
            throw new BusinessRuleViolation("The panel has already reported on the proposed precept");
        }
        VetoVote vote = VetoVote.cast(members, cast.votesForVeto());
        if (date.isBefore(notifiedOn)) {
            throw new BusinessRuleViolation(
                    "meeting", "The panel can only review the precept after it has been notified");
        }
        if (vote.isCarried() && reason == null) {
            throw new BusinessRuleViolation(
                    "vetoReason", "Say whether the panel vetoed the precept as too high or too low");
        }
        if (decision == null || decision.isBlank()) {
            throw new BusinessRuleViolation("decision", "Enter the panel's decision as it will appear in its report");
        }
        this.voteMeetingId = meetingId;
        this.votedOn = date;
        this.vote = vote;
        this.vetoReason = vote.isCarried() ? reason : null;
        this.decision = decision.strip();
        this.reasons = reasons == null || reasons.isBlank() ? null : reasons.strip();
    }

    /**
     * The panel's report on the proposed precept, dated {@code on}; {@code recordInTracker} puts it
     * into the recommendations tracker, and runs only once the report is allowed.
     */
    public void report(LocalDate on, Supplier<Long> recordInTracker) {
        if (votedOn == null) {
            throw new BusinessRuleViolation("Record the panel's vote before its report");
        }
        if (reportOn != null) {
            throw new BusinessRuleViolation("The panel has already reported");
        }
        if (on.isBefore(votedOn)) {
            throw new BusinessRuleViolation("reportOn", "The report cannot be dated before the meeting");
        }
        this.reportOn = on;
        this.reportRecommendationId = recordInTracker.get();
    }

    /**
     * After a veto, the revised precept must move the way the veto said: given as the revised rise
     * for a Band D property, it must be lower than the proposed rise after a veto as too high, and
     * higher after a veto as too low.
     */
    public void revise(LocalDate on, BigDecimal revisedIncrease) {
        if (!isVetoEffective()) {
            throw new BusinessRuleViolation("There is no veto in effect, so there is no revised precept");
        }
        if (revisedOn != null) {
            throw new BusinessRuleViolation(
                    "The revised precept was recorded on " + revisedOn + " and cannot be recorded again");
        }
        if (revisedIncrease == null) {
            throw new BusinessRuleViolation(
                    "revisedIncrease", "Enter the revised change for a Band D property in pounds");
        }
        int direction = revisedIncrease.compareTo(proposedIncrease);
        if (vetoReason == VetoReason.TOO_HIGH && direction >= 0) {
            throw new BusinessRuleViolation(
                    "revisedIncrease",
                    "The panel vetoed a rise of £" + proposedIncrease
                            + " as too high: the revised precept must be lower, so the rise must be less than £"
                            + proposedIncrease);
        }
        if (vetoReason == VetoReason.TOO_LOW && direction <= 0) {
            throw new BusinessRuleViolation(
                    "revisedIncrease",
                    "The panel vetoed a rise of £" + proposedIncrease
                            + " as too low: the revised precept must be higher, so the rise must be more than £"
                            + proposedIncrease);
        }
        this.revisedOn = on;
        this.revisedIncrease = revisedIncrease.setScale(2, RoundingMode.HALF_UP);
    }

    /** The panel's report on the revised precept: it may recommend, but cannot veto again. */
    public void secondReport(LocalDate on, String text) {
        if (revisedOn == null) {
            throw new BusinessRuleViolation("Record the revised precept before the panel's report on it");
        }
        if (secondReportOn != null) {
            throw new BusinessRuleViolation("The panel reported on the revised precept on " + secondReportOn
                    + " and cannot report on it again");
        }
        if (text == null || text.isBlank()) {
            throw new BusinessRuleViolation("secondReportText", "Enter the panel's report on the revised precept");
        }
        this.secondReportOn = on;
        this.secondReportText = text.strip();
    }

    /** The Commissioner's response, and the rise for a Band D property finally issued. */
    public void respond(LocalDate on, BigDecimal finalIncrease) {
        if (reportOn == null) {
            throw new BusinessRuleViolation("The Commissioner responds to the panel's report: record the report first");
        }
        if (responseOn != null) {
            throw new BusinessRuleViolation("The Commissioner's response of " + responseOn + " is already recorded");
        }
        if (isVetoEffective() && secondReportOn == null) {
            throw new BusinessRuleViolation(
                    "After a veto the Commissioner responds to the panel's second report: record it first");
        }
        if (finalIncrease == null) {
            throw new BusinessRuleViolation(
                    "finalIncrease", "Enter the change for a Band D property the Commissioner issued");
        }
        this.responseOn = on;
        this.finalIncrease = finalIncrease.setScale(2, RoundingMode.HALF_UP);
    }

    public boolean isVoted() {
        return votedOn != null;
    }

    public boolean isVetoCarried() {
        return vote != null && vote.isCarried();
    }

    /** A veto carried after 8 February has no force in law. */
    public boolean isVetoEffective() {
        return isVetoCarried() && !votedOn.isAfter(deadline(REPORT));
    }

    public BigDecimal changeInPounds() {
        return proposedIncrease;
    }

    /** The change as a share of this year's Band D precept; null when that is not known. */
    public BigDecimal changeInPercent() {
        return currentBandD == null
                ? null
                : proposedIncrease.multiply(BigDecimal.valueOf(100)).divide(currentBandD, 2, RoundingMode.HALF_UP);
    }

    /** "2022/23" */
    public String label() {
        return financialYear + "/" + String.format("%02d", (financialYear + 1) % 100);
    }

    public Long getId() {
        return id;
    }

    public int getFinancialYear() {
        return financialYear;
    }

    public LocalDate getNotifiedOn() {
        return notifiedOn;
    }

    public BigDecimal getProposedIncrease() {
        return proposedIncrease;
    }

    /** The revised rise for a Band D property after a veto. */
    public BigDecimal getRevisedIncrease() {
        return revisedIncrease;
    }

    /** The rise for a Band D property issued in the end. */
    public BigDecimal getFinalIncrease() {
        return finalIncrease;
    }

    public BigDecimal getProposedBandD() {
        return proposedBandD;
    }

    public BigDecimal getCurrentBandD() {
        return currentBandD;
    }

    public String getSummary() {
        return summary;
    }

    public Long getReviewMeetingId() {
        return reviewMeetingId;
    }

    public Long getReserveMeetingId() {
        return reserveMeetingId;
    }

    public Long getVoteMeetingId() {
        return voteMeetingId;
    }

    public LocalDate getVotedOn() {
        return votedOn;
    }

    public Integer getVotesForVeto() {
        return vote == null ? null : vote.votesFor();
    }

    public Integer getMembersOnTheDay() {
        return vote == null ? null : vote.members();
    }

    public Integer getVetoThreshold() {
        return vote == null ? null : vote.threshold();
    }

    public VetoReason getVetoReason() {
        return vetoReason;
    }

    public String getDecision() {
        return decision;
    }

    public String getReasons() {
        return reasons;
    }

    public LocalDate getReportOn() {
        return reportOn;
    }

    public Long getReportRecommendationId() {
        return reportRecommendationId;
    }

    public LocalDate getRevisedOn() {
        return revisedOn;
    }

    public LocalDate getSecondReportOn() {
        return secondReportOn;
    }

    public String getSecondReportText() {
        return secondReportText;
    }

    public LocalDate getResponseOn() {
        return responseOn;
    }

    public long getVersion() {
        return version;
    }
}
