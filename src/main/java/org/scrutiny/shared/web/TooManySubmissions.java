package org.scrutiny.shared.web;

import java.time.Instant;

/** A public form was used more often than its limit allows; it may be used again from {@code retryAt}. */
public class TooManySubmissions extends RuntimeException {

    private final Instant retryAt;

    public TooManySubmissions(Instant retryAt) {
        super("Too many submissions until " + retryAt);
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }
}
