package org.scrutiny.accounts.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins for one account, or
 * from one client address, within the window, further attempts are refused until the lock
 * expires. Kept in the database so that every node behind a load balancer sees the same count.
 */
@Component
public class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;

    LoginThrottle(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${scrutiny.login.max-failures:5}") int maxFailures,
            @Value("${scrutiny.login.window:PT15M}") Duration window,
            @Value("${scrutiny.login.lockout:PT15M}") Duration lockout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
    }

    /** When the key is locked, until when; empty when sign-in may be attempted. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String key) {
        List<Timestamp> locks = jdbc.queryForList(
                "select locked_until from login_throttle where principal = ? and locked_until > ?",
                Timestamp.class,
                key,
                Timestamp.from(clock.instant()));
        return locks.stream().findFirst().map(Timestamp::toInstant);
    }

    @Transactional
    public void recordFailure(String key) {
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(now.minus(window));
        jdbc.update(
                """
                insert into login_throttle (principal, failures, first_failure) values (?, 1, ?)
                on conflict (principal) do update set
                  failures = case when login_throttle.first_failure < ? then 1 else login_throttle.failures + 1 end,
                  first_failure = case when login_throttle.first_failure < ? then excluded.first_failure
                                       else login_throttle.first_failure end
                """,
                key,
                Timestamp.from(now),
                windowStart,
                windowStart);
        jdbc.update(
                "update login_throttle set locked_until = ? where principal = ? and failures >= ?",
                Timestamp.from(now.plus(lockout)),
                key,
                maxFailures);
    }

    @Transactional
    public void recordSuccess(String key) {
        jdbc.update("delete from login_throttle where principal = ?", key);
    }
}
