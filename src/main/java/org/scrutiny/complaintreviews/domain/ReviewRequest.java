package org.scrutiny.complaintreviews.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.CaseStep;

/**
 * A complainant's request that the Commissioner's office review how the force handled their
 * complaint (Police Reform Act 2002 Sch 3 para 6A). Whether it is valid is computed from what was
 * recorded about it: the 28-day window, whether the office is the relevant review body, and
 * whether the complaint was recorded under Schedule 3. It is confirmed by the complainant (or
 * closed as not progressed), then reviewed on the single question whether the outcome was
 * reasonable and proportionate, quality-assured by a senior manager, and only then final. The
 * complainant's details and the words of the case are personal data: never audited, and erased
 * after the retention period.
 */
@Entity
@Audited
public class ReviewRequest {

    public enum Channel {
        ONLINE_FORM("The online form"),
        LETTER("Letter"),
        EMAIL("Email"),
        PASSED_ON_BY_FORCE("Passed on by the force");

        private final String label;

        Channel(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Why the IOPC, not the office, is the relevant review body (Sch 3 para 6A(3) and the regulations). */
    public enum IopcGround {
        APPROPRIATE_AUTHORITY_IS_COMMISSIONER("The Commissioner was the appropriate authority"),
        SENIOR_OFFICER("The complaint is about a senior officer"),
        CRIMINAL_OR_DISCIPLINARY("The conduct complained of could justify criminal or disciplinary proceedings"),
        ECHR_ARTICLE_2_OR_3("It engages article 2 or 3 of the European Convention on Human Rights"),
        REFERRED_TO_IOPC("The complaint was referred to the IOPC");

        private final String label;

        IopcGround(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum InvalidReason {
        OUT_OF_TIME("Made outside the 28-day timescale"),
        NOT_RELEVANT_REVIEW_BODY("The office was not the relevant review body: forwarded to the IOPC"),
        NOT_RECORDED("The complaint was not recorded under Schedule 3");

        private final String label;

        InvalidReason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        AWAITING_CONFIRMATION("Waiting for the complainant to confirm", true),
        NOT_PROGRESSED("Not progressed: the complainant did not confirm", false),
        INVALID("Invalid", false),
        NOT_STARTED("Valid: waiting for a review officer", true),
        IN_REVIEW("Being reviewed", true),
        SUSPENDED("Suspended", true),
        DECIDED("Decided: waiting for quality assurance", true),
        FINAL("Final: the complainant has been told", false);

        private final String label;
        private final boolean open;

        Status(String label, boolean open) {
            this.label = label;
            this.open = open;
        }

        public String label() {
            return label;
        }

        public boolean isOpen() {
            return open;
        }
    }

    /** The facts of the request as received. */
    public record Facts(
            Channel channel,
            LocalDate receivedOn,
            LocalDate sentToIopcOn,
            String forceReference,
            LocalDate outcomeGivenOn) {}

    /**
     * How the force handled the complaint, as its records show: with the facts, what decides
     * whether the office is the relevant review body and the request valid.
     */
    public record Handling(boolean recordedUnderSchedule3, boolean investigated, IopcGround iopcGround) {}

    /** Who asked, and what they are unhappy with: personal data. */
    public record Complainant(String name, String email, String postalAddress, String grounds) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private LocalDate receivedOn;
    private LocalDate sentToIopcOn;
    private String forceReference;
    private LocalDate outcomeGivenOn;
    private boolean recordedUnderSchedule3;
    private boolean investigated;

    @Enumerated(EnumType.STRING)
    private IopcGround iopcGround;

    /** Whether the office has checked with the force how the complaint was handled. */
    private boolean handlingChecked;

    @NotAudited
    private String complainantName;

    @NotAudited
    private String email;

    @NotAudited
    private String postalAddress;

    @NotAudited
    private String grounds;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private InvalidReason invalidReason;

    private String lateAcceptedReason;
    private LocalDate confirmBy;
    private LocalDate confirmedOn;
    private LocalDate acknowledgementDue;
    private LocalDate acknowledgedOn;
    private LocalDate closedOn;
    private String reviewOfficer;
    private LocalDate assignedOn;
    private LocalDate reviewDue;
    private Boolean upheld;

    @NotAudited
    private String decisionReasons;

    private LocalDate decidedOn;
    private String decidedBy;
    private String qualityAssuredBy;
    private LocalDate completedOn;
    private Instant personalDataErasedAt;

    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "review_suspension", joinColumns = @JoinColumn(name = "review_request_id"))
    @OrderColumn(name = "position")
    private List<ReviewSuspension> suspensions = new ArrayList<>();

    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "review_recommendation", joinColumns = @JoinColumn(name = "review_request_id"))
    @OrderColumn(name = "position")
    private List<ReviewRecommendation> recommendations = new ArrayList<>();

    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "review_request_step", joinColumns = @JoinColumn(name = "review_request_id"))
    @OrderColumn(name = "position")
    private List<CaseStep> steps = new ArrayList<>();

    @Version
    private long version;

    protected ReviewRequest() {}

    /**
     * A request received on the facts' day: the complainant is asked to confirm it by
     * {@code confirmBy}, and it is to be acknowledged by {@code acknowledgementDue}.
     */
    ReviewRequest(Facts facts, Complainant complainant, LocalDate confirmBy, LocalDate acknowledgementDue) {
        if (facts.outcomeGivenOn().isAfter(facts.receivedOn())) {
            throw new BusinessRuleViolation(
                    "outcomeGivenOn", "The outcome must have been given on or before the day the request was received");
        }
        if (facts.sentToIopcOn() != null
                && (facts.sentToIopcOn().isAfter(facts.receivedOn())
                        || facts.sentToIopcOn().isBefore(facts.outcomeGivenOn()))) {
            throw new BusinessRuleViolation(
                    "sentToIopcOn",
                    "The day it reached the IOPC must be between the outcome and the day the office received it");
        }
        this.channel = facts.channel();
        this.receivedOn = facts.receivedOn();
        this.sentToIopcOn = facts.sentToIopcOn();
        this.forceReference = facts.forceReference();
        this.outcomeGivenOn = facts.outcomeGivenOn();
        this.complainantName = complainant.name();
        this.email =
                complainant.email() == null ? null : complainant.email().strip().toLowerCase(Locale.ROOT);
        this.postalAddress = complainant.postalAddress();
        this.grounds = complainant.grounds();
        this.confirmBy = confirmBy;
        this.acknowledgementDue = acknowledgementDue;
        this.status = Status.AWAITING_CONFIRMATION;
    }

    /** The reference the complainant is given: it reveals nothing about them. */
    public String reference() {
        return "CR-" + String.format("%05d", id);
    }

    public ReviewWindow window() {
        return new ReviewWindow(outcomeGivenOn);
    }

    /** The day the request counts as made: the day it reached the IOPC, if it went there first. */
    public LocalDate madeOn() {
        return sentToIopcOn != null ? sentToIopcOn : receivedOn;
    }

    public boolean isInTime() {
        return window().allows(madeOn());
    }

    /**
     * Why the request is not valid, if it is not: computed from the facts, never typed. Until the
     * force's handling is checked, only the 28 days can be judged.
     */
    public Optional<InvalidReason> invalidity() {
        if (handlingChecked && iopcGround != null) {
            return Optional.of(InvalidReason.NOT_RELEVANT_REVIEW_BODY);
        }
        if (handlingChecked && !recordedUnderSchedule3) {
            return Optional.of(InvalidReason.NOT_RECORDED);
        }
        if (!isInTime() && lateAcceptedReason == null) {
            return Optional.of(InvalidReason.OUT_OF_TIME);
        }
        return Optional.empty();
    }

    /** Records how the force handled the complaint; it may be corrected until the request is confirmed. */
    void checkHandling(Handling handling) {
        requireStatus(Status.AWAITING_CONFIRMATION, "change how the complaint was handled");
        this.recordedUnderSchedule3 = handling.recordedUnderSchedule3();
        this.investigated = handling.investigated();
        this.iopcGround = handling.iopcGround();
        this.handlingChecked = true;
    }

    void step(Instant at, String by, String what) {
        steps.add(new CaseStep(at, by, what));
    }

    void acknowledge(LocalDate on) {
        if (acknowledgedOn != null) {
            throw new BusinessRuleViolation("This request was acknowledged on " + acknowledgedOn);
        }
        if (!status.isOpen()) {
            throw new BusinessRuleViolation("This request is closed");
        }
        this.acknowledgedOn = on;
    }

    /** The officer accepts a request made after the 28 days, for a reason recorded here. */
    void acceptLate(String reason) {
        requireStatus(Status.AWAITING_CONFIRMATION, "accept it late");
        if (isInTime()) {
            throw new BusinessRuleViolation("This request was made in time: there is nothing to accept");
        }
        if (lateAcceptedReason != null) {
            throw new BusinessRuleViolation("This request has already been accepted late");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation("lateReason", "Say why the late request is accepted");
        }
        this.lateAcceptedReason = reason.strip();
    }

    /**
     * The complainant confirmed the request on {@code on}: a valid one waits for a review officer
     * and is due by {@code reviewDue}; an invalid one is closed as invalid, with its reason.
     */
    void confirm(LocalDate on, LocalDate reviewDue) {
        requireStatus(Status.AWAITING_CONFIRMATION, "confirm it");
        if (!handlingChecked) {
            throw new BusinessRuleViolation(
                    "Check with the force how the complaint was handled before confirming the request");
        }
        if (on.isBefore(receivedOn)) {
            throw new BusinessRuleViolation("confirmedOn", "It cannot be confirmed before it was received");
        }
        this.confirmedOn = on;
        Optional<InvalidReason> invalid = invalidity();
        if (invalid.isPresent()) {
            if (invalid.get() == InvalidReason.NOT_RELEVANT_REVIEW_BODY) {
                throw new BusinessRuleViolation(
                        "The office is not the relevant review body: forward the request to the IOPC instead");
            }
            close(Status.INVALID, invalid.get(), on);
        } else {
            this.status = Status.NOT_STARTED;
            this.reviewDue = reviewDue;
        }
    }

    /** A misdirected request goes to the IOPC, and the complainant is told. */
    void forwardToIopc(LocalDate on) {
        if (status != Status.AWAITING_CONFIRMATION && status != Status.NOT_STARTED) {
            throw new BusinessRuleViolation("Only a request not yet being reviewed can be forwarded to the IOPC");
        }
        if (!handlingChecked || iopcGround == null) {
            throw new BusinessRuleViolation("The office is the relevant review body for this request: review it");
        }
        close(Status.INVALID, InvalidReason.NOT_RELEVANT_REVIEW_BODY, on);
    }

    /** No confirmation came by the day asked: the request is closed, not progressed. */
    void notProgressed(LocalDate on) {
        requireStatus(Status.AWAITING_CONFIRMATION, "close it as not progressed");
        if (!on.isAfter(confirmBy)) {
            throw new BusinessRuleViolation(
                    "The complainant has until " + confirmBy + " to confirm: it cannot be closed before then");
        }
        close(Status.NOT_PROGRESSED, null, on);
    }

    void assign(String officer, LocalDate on) {
        requireStatus(Status.NOT_STARTED, "assign it");
        if (officer == null || officer.isBlank()) {
            throw new BusinessRuleViolation("reviewOfficer", "Enter the review officer");
        }
        this.reviewOfficer = officer.strip();
        this.assignedOn = on;
        this.status = Status.IN_REVIEW;
    }

    void suspend(LocalDate on, String reason) {
        requireStatus(Status.IN_REVIEW, "suspend it");
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation("reason", "Say why the review is suspended");
        }
        if (on.isBefore(assignedOn)) {
            throw new BusinessRuleViolation("suspendedOn", "A review cannot be suspended before it started");
        }
        suspensions.add(new ReviewSuspension(on, reason.strip()));
        this.status = Status.SUSPENDED;
    }

    void resume(LocalDate on) {
        requireStatus(Status.SUSPENDED, "resume it");
        ReviewSuspension open = suspensions.get(suspensions.size() - 1);
        if (on.isBefore(open.getFrom())) {
            throw new BusinessRuleViolation("resumedOn", "A review cannot resume before it was suspended");
        }
        open.resume(on);
        this.status = Status.IN_REVIEW;
    }

    /**
     * The review officer's decision on the one question: was the outcome of the complaint's
     * handling reasonable and proportionate? If not, the review is upheld and recommends what the
     * Chief Constable should do.
     */
    void decide(boolean upheld, String reasons, List<String> recommended, String officer, LocalDate on) {
        if (status == Status.AWAITING_CONFIRMATION) {
            throw new BusinessRuleViolation("The complainant has not confirmed this request: it cannot be decided");
        }
        requireStatus(Status.IN_REVIEW, "decide it");
        if (reasons == null || reasons.isBlank()) {
            throw new BusinessRuleViolation("reasons", "Give the reasons for the decision");
        }
        List<String> texts = recommended.stream()
                .filter(text -> text != null && !text.isBlank())
                .map(String::strip)
                .toList();
        if (upheld && texts.isEmpty()) {
            throw new BusinessRuleViolation(
                    "recommendations", "An upheld review recommends what the Chief Constable should do: add one");
        }
        if (!upheld && !texts.isEmpty()) {
            throw new BusinessRuleViolation(
                    "recommendations", "A review that is not upheld makes no recommendations: remove them");
        }
        this.upheld = upheld;
        this.decisionReasons = reasons.strip();
        this.decidedBy = officer;
        this.decidedOn = on;
        this.recommendations.clear();
        texts.forEach(text -> recommendations.add(new ReviewRecommendation(text)));
        this.status = Status.DECIDED;
    }

    /** The senior manager sends the decision back to the review officer. */
    void returnDecision() {
        requireStatus(Status.DECIDED, "return the decision");
        this.status = Status.IN_REVIEW;
    }

    /**
     * A member of the senior management team has quality-assured the decision: it is final, and
     * the complainant is told. Nobody quality-assures their own decision.
     */
    void qualityAssure(String manager, LocalDate on) {
        if (status == Status.IN_REVIEW || status == Status.SUSPENDED || status == Status.NOT_STARTED) {
            throw new BusinessRuleViolation("There is no decision to quality-assure yet");
        }
        requireStatus(Status.DECIDED, "quality-assure it");
        if (manager.equalsIgnoreCase(decidedBy)) {
            throw new BusinessRuleViolation(
                    "Someone other than the officer who decided must quality-assure the decision");
        }
        this.qualityAssuredBy = manager;
        this.completedOn = on;
        this.status = Status.FINAL;
    }

    void answer(int recommendation, ReviewRecommendation.ForceAnswer answer, LocalDate on) {
        requireStatus(Status.FINAL, "record the force's answer");
        if (recommendation < 0 || recommendation >= recommendations.size()) {
            throw new BusinessRuleViolation("There is no such recommendation");
        }
        recommendations.get(recommendation).answer(answer, on);
    }

    /** Erases who asked and what they and the officer wrote; the dates and decisions stay. */
    void erasePersonalData(Instant at) {
        this.complainantName = null;
        this.email = null;
        this.postalAddress = null;
        this.grounds = null;
        this.decisionReasons = null;
        this.personalDataErasedAt = at;
    }

    private void close(Status to, InvalidReason reason, LocalDate on) {
        this.status = to;
        this.invalidReason = reason;
        this.closedOn = on;
    }

    private void requireStatus(Status required, String action) {
        if (status != required) {
            throw new BusinessRuleViolation(
                    "This request is " + status.label().toLowerCase(Locale.UK) + ": you cannot " + action + " now");
        }
    }

    /** The day its case ended: final, invalid or not progressed; null while open. */
    public LocalDate endedOn() {
        return completedOn != null ? completedOn : closedOn;
    }

    public boolean isErased() {
        return personalDataErasedAt != null;
    }

    public boolean isAcknowledgedInTime() {
        return acknowledgedOn != null && !acknowledgedOn.isAfter(acknowledgementDue);
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getSentToIopcOn() {
        return sentToIopcOn;
    }

    public String getForceReference() {
        return forceReference;
    }

    public LocalDate getOutcomeGivenOn() {
        return outcomeGivenOn;
    }

    public boolean isRecordedUnderSchedule3() {
        return recordedUnderSchedule3;
    }

    public boolean isInvestigated() {
        return investigated;
    }

    public IopcGround getIopcGround() {
        return iopcGround;
    }

    public boolean isHandlingChecked() {
        return handlingChecked;
    }

    public String getComplainantName() {
        return complainantName;
    }

    public String getEmail() {
        return email;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public String getGrounds() {
        return grounds;
    }

    public Status getStatus() {
        return status;
    }

    public InvalidReason getInvalidReason() {
        return invalidReason;
    }

    public String getLateAcceptedReason() {
        return lateAcceptedReason;
    }

    public LocalDate getConfirmBy() {
        return confirmBy;
    }

    public LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    public LocalDate getAcknowledgementDue() {
        return acknowledgementDue;
    }

    public LocalDate getAcknowledgedOn() {
        return acknowledgedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getReviewOfficer() {
        return reviewOfficer;
    }

    public LocalDate getAssignedOn() {
        return assignedOn;
    }

    public LocalDate getReviewDue() {
        return reviewDue;
    }

    public Boolean getUpheld() {
        return upheld;
    }

    public String getDecisionReasons() {
        return decisionReasons;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getQualityAssuredBy() {
        return qualityAssuredBy;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public Instant getPersonalDataErasedAt() {
        return personalDataErasedAt;
    }

    public List<ReviewSuspension> getSuspensions() {
        return List.copyOf(suspensions);
    }

    public List<ReviewRecommendation> getRecommendations() {
        return List.copyOf(recommendations);
    }

    public List<CaseStep> getSteps() {
        return List.copyOf(steps);
    }

    public long getVersion() {
        return version;
    }
}
