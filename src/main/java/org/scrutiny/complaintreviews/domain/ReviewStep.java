package org.scrutiny.complaintreviews.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One line of a review request's history, in words the application writes, never typed text. */
@Embeddable
public class ReviewStep {

    @Column(name = "done_at")
    private Instant at;

    @Column(name = "done_by")
    private String by;

    private String what;

    protected ReviewStep() {}

    ReviewStep(Instant at, String by, String what) {
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
