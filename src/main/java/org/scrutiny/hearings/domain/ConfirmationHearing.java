package org.scrutiny.hearings.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.VetoVote;

/**
 * The panel's confirmation of a senior appointment the Commissioner proposes: received on a date,
 * heard in public within three weeks, answered with a recommendation (and for a Chief Constable
 * candidate, perhaps a veto), then decided by the Commissioner.
 */
@Entity
@Audited
public class ConfirmationHearing {

    public enum Post {
        CHIEF_CONSTABLE("Chief Constable", true),
        DEPUTY_COMMISSIONER("Deputy Police and Crime Commissioner", false),
        CHIEF_EXECUTIVE("Chief Executive of the OPCC", false),
        CHIEF_FINANCE_OFFICER("Chief Finance Officer of the OPCC", false);

        private final String label;
        private final boolean vetoable;

        Post(String label, boolean vetoable) {
            this.label = label;
            this.vetoable = vetoable;
        }

        public String label() {
            return label;
        }
    }

    public enum Decision {
        APPOINTED("Appointed"),
        NOT_APPOINTED("Not appointed");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Three weeks beginning with the day of receipt: the day itself and the twenty after it. */
    static final int DAYS_AFTER_RECEIPT = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Post post;

    private String candidate;
    private String criteria;
    private String terms;
    private LocalDate receivedOn;
    private Long previousHearingId;

    /** Proposed after the panel vetoed the previous candidate: heard without a veto. */
    private boolean furtherCandidate;

    private Long meetingId;
    private LocalDate heldOn;

    @Embedded
    private VetoVote vote;

    private String recommendation;
    private LocalDate reportOn;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private LocalDate decisionOn;

    @Version
    private long version;

    protected ConfirmationHearing() {}

    /**
     * A proposed appointment received on {@code receivedOn}. A candidate proposed after the panel
     * vetoed the previous one ({@code afterVeto}) gets a hearing without a veto.
     */
    /** The Commissioner's proposal of a candidate, as the secretariat records it on receipt. */
    public record Proposal(Post post, String candidate, String criteria, String terms, LocalDate receivedOn) {}

    /** The panel's report on a candidate: the meeting that held the hearing, any veto vote, and the text. */
    public record Report(long meetingId, Integer votesForVeto, String recommendation, LocalDate reportOn) {}

    public static ConfirmationHearing proposed(Proposal proposal, ConfirmationHearing afterVeto) {
        Post post = proposal.post();
        String candidate = proposal.candidate();
        String criteria = proposal.criteria();
        String terms = proposal.terms();
        LocalDate receivedOn = proposal.receivedOn();
        if (post == null) {
            throw new BusinessRuleViolation("post", "Choose the post");
        }
        if (candidate == null || candidate.isBlank()) {
            throw new BusinessRuleViolation("candidate", "Enter the name of the candidate");
        }
        if (receivedOn == null) {
            throw new BusinessRuleViolation("receivedOn", "Enter the date the proposal was received");
        }
        if (afterVeto != null && (!afterVeto.isVetoed() || afterVeto.post != post)) {
            throw new BusinessRuleViolation(
                    "previous", "A further candidate follows a vetoed candidate for the same post");
        }
        ConfirmationHearing hearing = new ConfirmationHearing();
        hearing.post = post;
        hearing.candidate = candidate.strip();
        hearing.criteria = blankToNull(criteria);
        hearing.terms = blankToNull(terms);
        hearing.receivedOn = receivedOn;
        hearing.previousHearingId = afterVeto == null ? null : afterVeto.getId();
        hearing.furtherCandidate = afterVeto != null;
        return hearing;
    }

    /** The last day for the panel's report: three weeks beginning with the day of receipt. */
    public LocalDate deadline() {
        return receivedOn.plusDays(DAYS_AFTER_RECEIPT);
    }

    /** Only a Chief Constable candidate may be vetoed, and not the one proposed after a veto. */
    public boolean isVetoAllowed() {
        return post.vetoable && !furtherCandidate;
    }

    void scheduledAt(long meetingId) {
        this.meetingId = meetingId;
    }

    /**
     * The hearing and the panel's recommendation. A veto needs two-thirds of the members of the
     * panel on the day, rounded up, and is only possible where the law allows it.
     */
    public void recommend(Report report, LocalDate held, int members) {
        long meetingId = report.meetingId();
        Integer votesForVeto = report.votesForVeto();
        String recommendation = report.recommendation();
        LocalDate reportOn = report.reportOn();
        if (this.reportOn != null) {
            throw new BusinessRuleViolation("The panel has already reported on this candidate");
        }
        if (held.isBefore(receivedOn)) {
            throw new BusinessRuleViolation("meeting", "The hearing must be after the proposal was received");
        }
        if (votesForVeto != null && votesForVeto > 0 && !isVetoAllowed()) {
            throw new BusinessRuleViolation(
                    "votesForVeto",
                    post == Post.CHIEF_CONSTABLE
                            ? "A candidate proposed after a veto cannot be vetoed"
                            : "The panel cannot veto the appointment of a " + post.label());
        }
        VetoVote vote = isVetoAllowed()
                ? VetoVote.cast(members, votesForVeto == null ? 0 : votesForVeto)
                : VetoVote.notAllowed(members);
        if (recommendation == null || recommendation.isBlank()) {
            throw new BusinessRuleViolation("recommendation", "Enter the panel's recommendation");
        }
        if (reportOn == null || reportOn.isBefore(held)) {
            throw new BusinessRuleViolation("reportOn", "Enter the date of the report, on or after the hearing");
        }
        this.meetingId = meetingId;
        this.heldOn = held;
        this.vote = vote;
        this.recommendation = recommendation.strip();
        this.reportOn = reportOn;
    }

    public void decide(Decision decision, LocalDate on) {
        if (decision == null) {
            throw new BusinessRuleViolation("decision", "Choose the Commissioner's decision");
        }
        if (reportOn == null && !on.isAfter(deadline())) {
            throw new BusinessRuleViolation(
                    "The Commissioner decides after the panel's report, or once the three weeks have passed without one");
        }
        if (isVetoed() && decision == Decision.APPOINTED) {
            throw new BusinessRuleViolation(
                    "decision", "The panel vetoed this candidate: the Commissioner must propose another");
        }
        this.decision = decision;
        this.decisionOn = on;
    }

    public boolean isVetoed() {
        return vote != null && vote.isCarried();
    }

    /** The report came after the three weeks: the confirmation process had already ended. */
    public boolean isReportLate() {
        return reportOn != null && reportOn.isAfter(deadline());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public Post getPost() {
        return post;
    }

    public String getCandidate() {
        return candidate;
    }

    public String getCriteria() {
        return criteria;
    }

    public String getTerms() {
        return terms;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public Long getPreviousHearingId() {
        return previousHearingId;
    }

    public boolean isFurtherCandidate() {
        return furtherCandidate;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
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

    public String getRecommendation() {
        return recommendation;
    }

    public LocalDate getReportOn() {
        return reportOn;
    }

    public Decision getDecision() {
        return decision;
    }

    public LocalDate getDecisionOn() {
        return decisionOn;
    }

    public long getVersion() {
        return version;
    }
}
