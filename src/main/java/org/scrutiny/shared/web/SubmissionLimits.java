package org.scrutiny.shared.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits how often one client address, and one email address, may use a public form within a
 * window. Counts are kept in the database so that every node enforces the same limit. An address
 * is allowed more than an email, since a library or council office may share one.
 */
@Component
public class SubmissionLimits {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int perAddress;
    private final int perEmail;
    private final Duration window;

    SubmissionLimits(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${scrutiny.public-forms.per-address:20}") int perAddress,
            @Value("${scrutiny.public-forms.per-email:5}") int perEmail,
            @Value("${scrutiny.public-forms.window:PT1H}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perAddress = perAddress;
        this.perEmail = perEmail;
        this.window = window;
    }

    /**
     * Counts one use of {@code form} from the client {@code address}, or throws
     * {@link TooManySubmissions} when the address is over its limit. Runs in its own transaction
     * so the count stands even when the form is then refused.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void countAddress(String form, String address) {
        refuseIfOver(record(form + ":address:" + address, perAddress, clock.instant()));
    }

    /** Counts one accepted use of {@code form} by {@code email}; throws when the email is over its limit. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void countEmail(String form, String email) {
        refuseIfOver(record(form + ":email:" + email.strip().toLowerCase(Locale.ROOT), perEmail, clock.instant()));
    }

    private static void refuseIfOver(Instant retryAt) {
        if (retryAt != null) {
            throw new TooManySubmissions(retryAt);
        }
    }

    /** Adds one to the key's count; returns when it may be used again if it is now over the limit. */
    private Instant record(String key, int limit, Instant now) {
        Timestamp windowOpenedBefore = Timestamp.from(now.minus(window));
        Timestamp started = jdbc.queryForObject(
                """
                insert into submission_limit (limit_key, window_start, submissions) values (?, ?, 1)
                on conflict (limit_key) do update set
                  submissions = case when submission_limit.window_start < ? then 1 else submission_limit.submissions + 1 end,
                  window_start = case when submission_limit.window_start < ? then excluded.window_start
                                      else submission_limit.window_start end
                returning case when submissions > ? then window_start end
                """,
                Timestamp.class,
                key.length() > 400 ? key.substring(0, 400) : key,
                Timestamp.from(now),
                windowOpenedBefore,
                windowOpenedBefore,
                limit);
        return started == null ? null : started.toInstant().plus(window);
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    void scheduledCleanUp() {
        forgetExpired();
    }

    /** Forgets counts whose window has closed; harmless when several nodes do it at once. */
    @Transactional
    public int forgetExpired() {
        return jdbc.update(
                "delete from submission_limit where window_start < ?",
                Timestamp.from(clock.instant().minus(window)));
    }
}
