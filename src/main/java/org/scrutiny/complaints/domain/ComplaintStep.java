package org.scrutiny.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * One line of a complaint's history: when, by whom (the signed-in officer, or "the complainant"
 * for the online form) and what was done, in words the application writes, never typed text.
 */
@Embeddable
public class ComplaintStep {

    @Column(name = "done_at")
    private Instant at;

    @Column(name = "done_by")
    private String by;

    private String what;

    protected ComplaintStep() {}

    ComplaintStep(Instant at, String by, String what) {
        this.at = at;
        this.by = by;
        this.what = what;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public String getWhat() {
        return what;
    }
}
