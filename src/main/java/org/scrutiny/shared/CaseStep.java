package org.scrutiny.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * One line of a case's history (a complaint, a review request): when, by whom (the signed-in
 * officer, or "the complainant" for a public form) and what was done, in words the application
 * writes, never typed text. Each case keeps its lines in its own table, with these columns.
 */
@Embeddable
public class CaseStep {

    @Column(name = "done_at")
    private Instant at;

    @Column(name = "done_by")
    private String by;

    private String what;

    protected CaseStep() {}

    public CaseStep(Instant at, String by, String what) {
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
