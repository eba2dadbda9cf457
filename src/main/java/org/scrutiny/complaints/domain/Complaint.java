package org.scrutiny.complaints.domain;

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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.CaseStep;

/**
 * A complaint about the conduct of the Commissioner or the Deputy, or a conduct matter, as the
 * panel's register holds it (reg 34 of the 2012 Regulations). It is received and acknowledged,
 * then recorded, not recorded or forwarded; a recorded one is referred to the IOPC when it alleges
 * a criminal offence, or is resolved informally, disapplied or withdrawn. Each move refuses what
 * the Regulations do not allow. The complainant's details, what they wrote and the outcome's words
 * are personal data: never audited, and erased after the retention period.
 */
@Entity
@Audited
public class Complaint {

    public enum Kind {
        COMPLAINT("Complaint"),
        CONDUCT_MATTER("Conduct matter");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whose conduct it is about. */
    public enum Subject {
        COMMISSIONER("The Police and Crime Commissioner"),
        DEPUTY_COMMISSIONER("The Deputy Police and Crime Commissioner");

        private final String label;

        Subject(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How it reached the panel; the Commissioner must pass on one made to him about himself (reg 9). */
    public enum Source {
        ONLINE_FORM("The panel's online form"),
        LETTER("Letter"),
        EMAIL("Email"),
        TELEPHONE("Telephone call"),
        IOPC("Referred by the IOPC"),
        OPCC_CHIEF_EXECUTIVE("Passed on by the OPCC's chief executive"),
        COMMISSIONER("Passed on by the Commissioner");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum ContactBy {
        EMAIL("Email"),
        POST("Post"),
        TELEPHONE("Telephone");

        private final String label;

        ContactBy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        RECEIVED("Received: to decide whether to record it", true),
        RECORDED("Recorded: being resolved informally", true),
        REFERRED_TO_IOPC("Referred to the IOPC: waiting for its answer", true),
        WITH_IOPC("Being investigated by the IOPC", true),
        NOT_RECORDED("Not recorded", false),
        FORWARDED("Forwarded to another body", false),
        DISAPPLIED("Requirements disapplied", false),
        WITHDRAWN("Withdrawn", false),
        RESOLVED("Resolved informally", false),
        CONCLUDED_BY_IOPC("Concluded by the IOPC", false);

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

    /** Why a complaint was not recorded. */
    public enum NotRecordedReason {
        NOT_ABOUT_CONDUCT("It is not about the conduct of the Commissioner or the Deputy"),
        CRIMINAL_PROCEEDINGS("It is already the subject of criminal proceedings"),
        WITHDRAWN("It was withdrawn before it was recorded");

        private final String label;

        NotRecordedReason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum ForwardedTo {
        ANOTHER_PANEL("Another police and crime panel"),
        CHIEF_CONSTABLE("The Chief Constable (it is about the force)"),
        OTHER_BODY("Another body");

        private final String label;

        ForwardedTo(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether the person complained against was given a copy of the complaint. */
    public enum Disclosure {
        COPY_SENT("A copy was sent to the person complained against"),
        WITHHELD_CRIMINAL_INVESTIGATION("Withheld: it might prejudice a criminal investigation"),
        WITHHELD_PUBLIC_INTEREST("Withheld: in the public interest");

        private final String label;

        Disclosure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean withheld() {
            return this != COPY_SENT;
        }
    }

    public enum IopcAnswer {
        INVESTIGATE("The IOPC will investigate"),
        LOCAL_HANDLING("Referred back to the panel to handle");

        private final String label;

        IopcAnswer(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The six grounds of reg 15(3) on which the panel may handle a complaint as it sees fit, or not at all. */
    public enum DisapplicationGround {
        STAFF_CONDUCT("It is about conduct towards a member of staff only"),
        OUT_OF_TIME(
                "It was made more than 12 months after the conduct, without good reason, or the delay would cause injustice"),
        ALREADY_COMPLAINED("Its subject matter has already been the subject of a complaint"),
        ANONYMOUS("It was made anonymously and the complainant cannot be traced"),
        VEXATIOUS("It is vexatious, oppressive or an abuse of process"),
        REPETITIOUS("It is repetitious");

        private final String label;

        DisapplicationGround(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What may be done to resolve a complaint informally (Part 4). */
    public enum ResolutionStep {
        COMMENTS_SOUGHT("Comments sought from the complainant and the person complained against"),
        MEETING("A meeting with the complainant"),
        EXPLANATION("An explanation given to the complainant"),
        APOLOGY("An apology from the person complained against");

        private final String label;

        ResolutionStep(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Who the complainant is and how to reach them: personal data, erased after retention. */
    public record Complainant(
            String name,
            String email,
            String telephone,
            String postalAddress,
            ContactBy contactBy,
            String onBehalfOf,
            boolean consentGiven,
            String adjustments) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    private Subject subject;

    private Long subjectPersonId;
    private String subjectName;

    @Enumerated(EnumType.STRING)
    private Source source;

    private LocalDate receivedOn;
    private LocalDate incidentOn;

    @NotAudited
    private String description;

    @NotAudited
    private String complainantName;

    @NotAudited
    private String email;

    @NotAudited
    private String telephone;

    @NotAudited
    private String postalAddress;

    @Enumerated(EnumType.STRING)
    private ContactBy contactBy;

    @NotAudited
    private String onBehalfOf;

    private boolean consentGiven;

    @NotAudited
    private String adjustments;

    private LocalDate acknowledgementDue;
    private LocalDate acknowledgedOn;

    @Enumerated(EnumType.STRING)
    private Status status;

    private LocalDate decidedOn;
    private boolean allegesCriminalOffence;

    @Enumerated(EnumType.STRING)
    private Disclosure disclosure;

    private LocalDate withholdingReviewOn;
    private LocalDate disclosedOn;

    @Enumerated(EnumType.STRING)
    private NotRecordedReason notRecordedReason;

    @Enumerated(EnumType.STRING)
    private ForwardedTo forwardedTo;

    private String forwardedBody;
    private LocalDate iopcClearOn;
    private LocalDate iopcReferredOn;

    @Enumerated(EnumType.STRING)
    private IopcAnswer iopcAnswer;

    private LocalDate iopcAnsweredOn;
    private boolean iopcToldOfWithdrawal;

    @Enumerated(EnumType.STRING)
    private DisapplicationGround disapplicationGround;

    private LocalDate disappliedOn;
    private LocalDate withdrawnOn;
    private LocalDate resolutionDue;
    private LocalDate resolvedOn;
    private String resolutionSteps;
    private boolean apologyConsented;
    private String resolvedBy;

    @NotAudited
    private String outcome;

    private LocalDate concludedOn;
    private LocalDate closedOn;
    private Instant personalDataErasedAt;

    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "complaint_step", joinColumns = @JoinColumn(name = "complaint_id"))
    @OrderColumn(name = "position")
    private List<CaseStep> steps = new ArrayList<>();

    @Version
    private long version;

    protected Complaint() {}

    /**
     * A complaint or conduct matter received on {@code receivedOn}, to be acknowledged by
     * {@code acknowledgementDue} (the panel's target, in working days).
     */
    Complaint(
            Kind kind,
            Subject subject,
            Long subjectPersonId,
            String subjectName,
            Source source,
            LocalDate receivedOn,
            LocalDate incidentOn,
            String description,
            Complainant complainant,
            LocalDate acknowledgementDue) {
        this.kind = kind;
        this.subject = subject;
        this.subjectPersonId = subjectPersonId;
        this.subjectName = subjectName;
        this.source = source;
        this.receivedOn = receivedOn;
        this.incidentOn = incidentOn;
        this.description = description;
        this.complainantName = complainant.name();
        this.email =
                complainant.email() == null ? null : complainant.email().strip().toLowerCase(Locale.ROOT);
        this.telephone = complainant.telephone();
        this.postalAddress = complainant.postalAddress();
        this.contactBy = complainant.contactBy();
        this.onBehalfOf = complainant.onBehalfOf();
        this.consentGiven = complainant.consentGiven();
        this.adjustments = complainant.adjustments();
        this.acknowledgementDue = acknowledgementDue;
        this.status = Status.RECEIVED;
    }

    /** The reference the complainant is given: it reveals nothing about them. */
    public String reference() {
        return "CMP-" + String.format("%06d", id);
    }

    void step(Instant at, String by, String what) {
        steps.add(new CaseStep(at, by, what));
    }

    void acknowledge(LocalDate on) {
        if (acknowledgedOn != null) {
            throw new BusinessRuleViolation("This complaint was acknowledged on " + acknowledgedOn);
        }
        this.acknowledgedOn = on;
    }

    /**
     * Records it (reg 13): from then on it is handled, and a complaint alleging a criminal offence
     * must go to the IOPC. The person complained against gets a copy unless it is withheld, and a
     * withholding is kept under review from {@code reviewOn}.
     */
    void record(
            LocalDate on,
            boolean allegesCriminalOffence,
            Disclosure disclosure,
            LocalDate reviewOn,
            LocalDate resolutionDue) {
        requireStatus("recorded", Status.RECEIVED);
        if (disclosure == null) {
            throw new BusinessRuleViolation(
                    "disclosure", "Say whether the person complained against gets a copy of the complaint");
        }
        if (disclosure.withheld() && reviewOn == null) {
            throw new BusinessRuleViolation("reviewOn", "Enter the date the withholding of the copy is to be reviewed");
        }
        if (disclosure.withheld() && !reviewOn.isAfter(on)) {
            throw new BusinessRuleViolation("reviewOn", "The review of the withholding must be after today");
        }
        if (kind == Kind.CONDUCT_MATTER && !allegesCriminalOffence) {
            throw new BusinessRuleViolation(
                    "allegesCriminalOffence",
                    "A conduct matter is recorded only where there is an indication of a criminal offence, and then goes to the IOPC");
        }
        this.status = Status.RECORDED;
        this.decidedOn = on;
        this.allegesCriminalOffence = allegesCriminalOffence;
        this.disclosure = disclosure;
        this.withholdingReviewOn = disclosure.withheld() ? reviewOn : null;
        this.disclosedOn = disclosure.withheld() ? null : on;
        this.resolutionDue = resolutionDue;
    }

    void notRecorded(LocalDate on, NotRecordedReason reason) {
        requireStatus("left unrecorded", Status.RECEIVED);
        if (reason == null) {
            throw new BusinessRuleViolation("reason", "Choose why it is not recorded");
        }
        this.status = Status.NOT_RECORDED;
        this.notRecordedReason = reason;
        this.decidedOn = on;
        this.closedOn = on;
    }

    void forward(LocalDate on, ForwardedTo to, String body) {
        requireStatus("forwarded", Status.RECEIVED);
        if (to == null) {
            throw new BusinessRuleViolation("forwardedTo", "Choose where it is forwarded to");
        }
        if (body == null || body.isBlank()) {
            throw new BusinessRuleViolation("forwardedBody", "Enter the name of the body it is forwarded to");
        }
        this.status = Status.FORWARDED;
        this.forwardedTo = to;
        this.forwardedBody = body.strip();
        this.decidedOn = on;
        this.closedOn = on;
    }

    /** The withholding has ended: the person complained against now gets the copy. */
    void disclose(LocalDate on) {
        if (disclosure == null || !disclosure.withheld() || disclosedOn != null) {
            throw new BusinessRuleViolation("A copy of this complaint is not being withheld");
        }
        this.disclosedOn = on;
        this.withholdingReviewOn = null;
    }

    /** Keeps the copy withheld, to be looked at again on {@code nextReview}. */
    void keepWithholding(LocalDate on, LocalDate nextReview) {
        if (disclosure == null || !disclosure.withheld() || disclosedOn != null) {
            throw new BusinessRuleViolation("A copy of this complaint is not being withheld");
        }
        if (nextReview == null || !nextReview.isAfter(on)) {
            throw new BusinessRuleViolation("reviewOn", "The next review of the withholding must be after today");
        }
        this.withholdingReviewOn = nextReview;
    }

    /** A serious complaint or a conduct matter goes to the IOPC, from the day it became clear it had to. */
    void referToIopc(LocalDate clearOn, LocalDate referredOn) {
        requireStatus("referred to the IOPC", Status.RECORDED);
        if (iopcReferredOn != null) {
            throw new BusinessRuleViolation("The IOPC has already referred this complaint back to the panel");
        }
        if (clearOn == null) {
            throw new BusinessRuleViolation("clearOn", "Enter the date it became clear it had to go to the IOPC");
        }
        if (clearOn.isAfter(referredOn)) {
            throw new BusinessRuleViolation("clearOn", "The date it became clear must be on or before the referral");
        }
        if (clearOn.isBefore(receivedOn)) {
            throw new BusinessRuleViolation("clearOn", "The date it became clear cannot be before it was received");
        }
        this.status = Status.REFERRED_TO_IOPC;
        this.allegesCriminalOffence = true;
        this.iopcClearOn = clearOn;
        this.iopcReferredOn = referredOn;
    }

    void iopcAnswered(LocalDate on, IopcAnswer answer, LocalDate resolutionDue) {
        requireStatus("answered by the IOPC", Status.REFERRED_TO_IOPC);
        if (answer == null) {
            throw new BusinessRuleViolation("answer", "Choose what the IOPC decided");
        }
        this.iopcAnswer = answer;
        this.iopcAnsweredOn = on;
        if (answer == IopcAnswer.INVESTIGATE) {
            this.status = Status.WITH_IOPC;
        } else {
            this.status = Status.RECORDED;
            this.resolutionDue = resolutionDue;
        }
    }

    /** The IOPC's investigation is over; what follows from it is the IOPC's. */
    void concludedByIopc(LocalDate on) {
        requireStatus("concluded by the IOPC", Status.WITH_IOPC);
        this.status = Status.CONCLUDED_BY_IOPC;
        this.concludedOn = on;
        this.closedOn = on;
    }

    /** Reg 15(3): not for a complaint that has been, or must be, referred to the IOPC. */
    void disapply(LocalDate on, DisapplicationGround ground) {
        if (iopcReferredOn != null || allegesCriminalOffence) {
            throw new BusinessRuleViolation(
                    "The requirements cannot be disapplied for a complaint that has been or must be referred to the IOPC");
        }
        requireStatus("disapplied", Status.RECORDED);
        if (ground == null) {
            throw new BusinessRuleViolation("ground", "Choose the ground in regulation 15(3)");
        }
        this.status = Status.DISAPPLIED;
        this.disapplicationGround = ground;
        this.disappliedOn = on;
        this.closedOn = on;
    }

    /**
     * Reg 16: withdrawn on the complainant's signed notice, at any point while it is open. Returns
     * true when the IOPC has the case and must be told.
     */
    boolean withdraw(LocalDate on) {
        if (!status.isOpen()) {
            throw new BusinessRuleViolation(
                    "This complaint is closed (" + status.label().toLowerCase(Locale.UK) + "): it cannot be withdrawn");
        }
        boolean iopcHasIt = status == Status.REFERRED_TO_IOPC || status == Status.WITH_IOPC;
        if (status == Status.RECEIVED) {
            this.notRecordedReason = NotRecordedReason.WITHDRAWN;
        }
        this.status = Status.WITHDRAWN;
        this.withdrawnOn = on;
        this.closedOn = on;
        this.iopcToldOfWithdrawal = iopcHasIt;
        return iopcHasIt;
    }

    /**
     * Part 4: resolved informally, with the steps taken and the outcome both sides are sent. An
     * apology is one of the steps only if the person complained against agreed to make it.
     */
    void resolve(LocalDate on, Set<ResolutionStep> taken, boolean apologyConsented, String resolvedBy, String outcome) {
        if (status != Status.RECORDED) {
            throw new BusinessRuleViolation(
                    "Only a recorded complaint being handled by the panel can be resolved informally; this one is "
                            + status.label().toLowerCase(Locale.UK));
        }
        if (allegesCriminalOffence && iopcAnswer != IopcAnswer.LOCAL_HANDLING) {
            throw new BusinessRuleViolation(
                    "This complaint alleges a criminal offence: refer it to the IOPC before anything else");
        }
        if (taken == null || taken.isEmpty()) {
            throw new BusinessRuleViolation("steps", "Choose the steps taken to resolve it");
        }
        if (taken.contains(ResolutionStep.APOLOGY) && !apologyConsented) {
            throw new BusinessRuleViolation(
                    "apologyConsented",
                    "An apology can be made only with the agreement of the person complained against");
        }
        if (resolvedBy == null || resolvedBy.isBlank()) {
            throw new BusinessRuleViolation("resolvedBy", "Enter the sub-committee or officer who resolved it");
        }
        if (outcome == null || outcome.isBlank()) {
            throw new BusinessRuleViolation("outcome", "Enter the outcome, as both sides will be sent it");
        }
        this.status = Status.RESOLVED;
        this.resolutionSteps = taken.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.apologyConsented = apologyConsented;
        this.resolvedBy = resolvedBy.strip();
        this.outcome = outcome.strip();
        this.resolvedOn = on;
        this.closedOn = on;
    }

    /** Forgets who complained and what they wrote; the dates, decisions and grounds stay for the figures. */
    void erasePersonalData(Instant at) {
        this.description = null;
        this.complainantName = null;
        this.email = null;
        this.telephone = null;
        this.postalAddress = null;
        this.onBehalfOf = null;
        this.adjustments = null;
        this.outcome = null;
        this.personalDataErasedAt = at;
    }

    private void requireStatus(String move, Status... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw new BusinessRuleViolation("This complaint cannot be " + move + ": it is "
                    + status.label().toLowerCase(Locale.UK));
        }
    }

    public boolean isAcknowledged() {
        return acknowledgedOn != null;
    }

    public boolean isErased() {
        return personalDataErasedAt != null;
    }

    /** Whether a copy is withheld from the person complained against and is waiting for review. */
    public boolean isWithheld() {
        return disclosure != null && disclosure.withheld() && disclosedOn == null;
    }

    /** Recorded with an allegation of a criminal offence and not yet sent to the IOPC. */
    public boolean mustGoToIopc() {
        return status == Status.RECORDED && allegesCriminalOffence && iopcReferredOn == null;
    }

    public Set<ResolutionStep> resolutionSteps() {
        if (resolutionSteps == null || resolutionSteps.isEmpty()) {
            return Set.of();
        }
        Set<ResolutionStep> taken = EnumSet.noneOf(ResolutionStep.class);
        for (String step : resolutionSteps.split(",")) {
            taken.add(ResolutionStep.valueOf(step));
        }
        return taken;
    }

    public boolean acknowledgedInTime() {
        return acknowledgedOn != null && !acknowledgedOn.isAfter(acknowledgementDue);
    }

    public boolean resolvedInTime() {
        return resolvedOn != null && resolutionDue != null && !resolvedOn.isAfter(resolutionDue);
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public Subject getSubject() {
        return subject;
    }

    public Long getSubjectPersonId() {
        return subjectPersonId;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public Source getSource() {
        return source;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getIncidentOn() {
        return incidentOn;
    }

    public String getDescription() {
        return description;
    }

    public String getComplainantName() {
        return complainantName;
    }

    public String getEmail() {
        return email;
    }

    public String getTelephone() {
        return telephone;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public ContactBy getContactBy() {
        return contactBy;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public String getAdjustments() {
        return adjustments;
    }

    public LocalDate getAcknowledgementDue() {
        return acknowledgementDue;
    }

    public LocalDate getAcknowledgedOn() {
        return acknowledgedOn;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public boolean isAllegesCriminalOffence() {
        return allegesCriminalOffence;
    }

    public Disclosure getDisclosure() {
        return disclosure;
    }

    public LocalDate getWithholdingReviewOn() {
        return withholdingReviewOn;
    }

    public LocalDate getDisclosedOn() {
        return disclosedOn;
    }

    public NotRecordedReason getNotRecordedReason() {
        return notRecordedReason;
    }

    public ForwardedTo getForwardedTo() {
        return forwardedTo;
    }

    public String getForwardedBody() {
        return forwardedBody;
    }

    public LocalDate getIopcClearOn() {
        return iopcClearOn;
    }

    public LocalDate getIopcReferredOn() {
        return iopcReferredOn;
    }

    public IopcAnswer getIopcAnswer() {
        return iopcAnswer;
    }

    public LocalDate getIopcAnsweredOn() {
        return iopcAnsweredOn;
    }

    public boolean isIopcToldOfWithdrawal() {
        return iopcToldOfWithdrawal;
    }

    public DisapplicationGround getDisapplicationGround() {
        return disapplicationGround;
    }

    public LocalDate getDisappliedOn() {
        return disappliedOn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public LocalDate getResolutionDue() {
        return resolutionDue;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public boolean isApologyConsented() {
        return apologyConsented;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public String getOutcome() {
        return outcome;
    }

    public LocalDate getConcludedOn() {
        return concludedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Instant getPersonalDataErasedAt() {
        return personalDataErasedAt;
    }

    public List<CaseStep> getSteps() {
        return List.copyOf(steps);
    }

    public long getVersion() {
        return version;
    }
}
