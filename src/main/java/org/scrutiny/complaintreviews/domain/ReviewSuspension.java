package org.scrutiny.complaintreviews.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A time a review stood still (for instance waiting for the force's papers), and why. */
@Embeddable
public class ReviewSuspension {

    @Column(name = "suspended_on")
    private LocalDate from;

    @Column(name = "resumed_on")
    private LocalDate until;

    private String reason;

    protected ReviewSuspension() {}

    ReviewSuspension(LocalDate from, String reason) {
        this.from = from;
        this.reason = reason;
    }

    void resume(LocalDate on) {
        this.until = on;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public String getReason() {
        return reason;
    }

    public boolean isOpen() {
        return until == null;
    }
}
