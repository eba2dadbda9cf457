package org.scrutiny.papers.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.London;

/**
 * One publication of a meeting's agenda: version 1 when it is first published, a higher number
 * each time it is republished, with a note of what changed. Its documents (the agenda, the public
 * pack and the members' confidential pack) are built in the background and never change once
 * built, so every version stays reachable at its own address.
 */
@Entity
@Audited
public class Publication {

    public enum Status {
        QUEUED("Waiting to be built"),
        BUILDING("Being built"),
        READY("Ready"),
        FAILED("Failed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;
    private int number;
    private Instant publishedAt;
    private String changeNote;

    @Enumerated(EnumType.STRING)
    private Status status;

    @NotAudited
    private int stepsDone;

    @NotAudited
    private int stepsTotal;

    @NotAudited
    private Instant claimedAt;

    @NotAudited
    private Instant builtAt;

    private String failure;

    @Version
    private long version;

    protected Publication() {}

    static Publication of(long meetingId, int number, String changeNote, Instant now) {
        Publication publication = new Publication();
        publication.meetingId = meetingId;
        publication.number = number;
        publication.changeNote = changeNote;
        publication.publishedAt = now;
        publication.status = Status.QUEUED;
        return publication;
    }

    void startBuilding(int steps, Instant now) {
        status = Status.BUILDING;
        stepsDone = 0;
        stepsTotal = steps;
        claimedAt = now;
        failure = null;
    }

    void stepDone(Instant now) {
        stepsDone = Math.min(stepsDone + 1, stepsTotal);
        claimedAt = now;
    }

    void built(Instant now) {
        status = Status.READY;
        stepsDone = stepsTotal;
        builtAt = now;
    }

    void failed(String reason) {
        status = Status.FAILED;
        failure = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    }

    void retry() {
        if (status != Status.FAILED) {
            throw new BusinessRuleViolation("Only a version that failed to build can be tried again");
        }
        status = Status.QUEUED;
        failure = null;
    }

    public boolean isFailed() {
        return status == Status.FAILED;
    }

    public boolean isReady() {
        return status == Status.READY;
    }

    public boolean isPending() {
        return status == Status.QUEUED || status == Status.BUILDING;
    }

    /** How far the build has gone, as a whole percentage. */
    public int percentDone() {
        if (status == Status.READY) {
            return 100;
        }
        return stepsTotal == 0 ? 0 : stepsDone * 100 / stepsTotal;
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public ZonedDateTime publishedInLondon() {
        return publishedAt.atZone(London.ZONE);
    }

    public String getChangeNote() {
        return changeNote;
    }

    public Status getStatus() {
        return status;
    }

    public int getStepsDone() {
        return stepsDone;
    }

    public int getStepsTotal() {
        return stepsTotal;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getBuiltAt() {
        return builtAt;
    }

    public String getFailure() {
        return failure;
    }

    public long getVersion() {
        return version;
    }
}
