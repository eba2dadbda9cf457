package org.scrutiny.complaintreviews.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.scrutiny.shared.BusinessRuleViolation;

/**
 * A complaint about the Chief Constable, for which the Commissioner is the appropriate authority:
 * recorded under Schedule 3 or not (and why not), referred to the IOPC where required, its outcome,
 * and any review of that outcome by the IOPC with its result. Who complained and what they said are
 * personal data: never audited, and erased after the retention period.
 */
@Entity
@Audited
public class ChiefConstableComplaint {

    public enum Outcome {
        SERVICE_ACCEPTABLE("The service was found to be acceptable"),
        SERVICE_NOT_ACCEPTABLE("The service was found not to be acceptable"),
        NO_FURTHER_ACTION("No further action"),
        WITHDRAWN("Withdrawn by the complainant");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The complainant's review of the outcome by the IOPC, the relevant review body here. */
    public enum IopcReview {
        NONE("No review asked for"),
        REQUESTED("Review asked for: waiting for the IOPC"),
        UPHELD("Review upheld by the IOPC"),
        NOT_UPHELD("Review not upheld by the IOPC");

        private final String label;

        IopcReview(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How the complaint was handled, as it stands: each field may be filled in as it happens. */
    public record Handling(
            Boolean recorded,
            String notRecordedReason,
            boolean referredToIopc,
            Outcome outcome,
            LocalDate outcomeOn,
            IopcReview iopcReview) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private LocalDate receivedOn;

    @NotAudited
    private String complainantName;

    @NotAudited
    private String summary;

    private Boolean recorded;
    private String notRecordedReason;
    private boolean referredToIopc;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private LocalDate outcomeOn;

    @Enumerated(EnumType.STRING)
    private IopcReview iopcReview = IopcReview.NONE;

    private Instant personalDataErasedAt;

    @Version
    private long version;

    protected ChiefConstableComplaint() {}

    ChiefConstableComplaint(LocalDate receivedOn, String complainantName, String summary) {
        this.receivedOn = receivedOn;
        this.complainantName = complainantName;
        this.summary = summary;
    }

    /**
     * Records how it was handled. A complaint not recorded says why; only a recorded one is
     * referred to the IOPC; an outcome has its date, not before the complaint; only an outcome can
     * be reviewed.
     */
    void handle(Handling handling) {
        if (Boolean.FALSE.equals(handling.recorded())
                && (handling.notRecordedReason() == null
                        || handling.notRecordedReason().isBlank())) {
            throw new BusinessRuleViolation("notRecordedReason", "Say why the complaint was not recorded");
        }
        if (!Boolean.TRUE.equals(handling.recorded()) && handling.referredToIopc()) {
            throw new BusinessRuleViolation("referredToIopc", "Only a recorded complaint is referred to the IOPC");
        }
        if ((handling.outcome() == null) != (handling.outcomeOn() == null)) {
            throw new BusinessRuleViolation("outcomeOn", "Give both the outcome and the day it was given");
        }
        if (handling.outcomeOn() != null && handling.outcomeOn().isBefore(receivedOn)) {
            throw new BusinessRuleViolation("outcomeOn", "The outcome cannot be before the complaint was received");
        }
        if (handling.outcome() == null && handling.iopcReview() != IopcReview.NONE) {
            throw new BusinessRuleViolation("iopcReview", "Only an outcome can be reviewed by the IOPC");
        }
        this.recorded = handling.recorded();
        this.notRecordedReason = Boolean.FALSE.equals(handling.recorded())
                ? handling.notRecordedReason().strip()
                : null;
        this.referredToIopc = handling.referredToIopc();
        this.outcome = handling.outcome();
        this.outcomeOn = handling.outcomeOn();
        this.iopcReview = handling.iopcReview();
    }

    void erasePersonalData(Instant at) {
        this.complainantName = null;
        this.summary = null;
        this.personalDataErasedAt = at;
    }

    public String reference() {
        return "CC-" + String.format("%04d", id);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getComplainantName() {
        return complainantName;
    }

    public String getSummary() {
        return summary;
    }

    public Boolean getRecorded() {
        return recorded;
    }

    public String getNotRecordedReason() {
        return notRecordedReason;
    }

    public boolean isReferredToIopc() {
        return referredToIopc;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public IopcReview getIopcReview() {
        return iopcReview;
    }

    public Instant getPersonalDataErasedAt() {
        return personalDataErasedAt;
    }

    public boolean isErased() {
        return personalDataErasedAt != null;
    }

    public long getVersion() {
        return version;
    }
}
