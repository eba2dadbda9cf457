package org.scrutiny.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A change of a deliverable's status, with who made it, when, and the note that explains it. */
@Embeddable
public class DeliverableUpdate {

    @Column(name = "done_at")
    private Instant at;

    @Column(name = "done_by")
    private String by;

    @Enumerated(EnumType.STRING)
    private Deliverable.Status status;

    private String note;

    protected DeliverableUpdate() {}

    DeliverableUpdate(Instant at, String by, Deliverable.Status status, String note) {
        this.at = at;
        this.by = by;
        this.status = status;
        this.note = note;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public Deliverable.Status getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }
}
