package org.scrutiny.accounts.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.scrutiny.shared.TypedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after too many failed sign-ins for one account, or from one
 * client address, within the window, further attempts are refused until the lock expires. An
 * address gets a higher limit than an account, because a whole council office may share one.
 * Kept in the database so that every node behind a load balancer sees the same count.
 */
@Component
public class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxFailuresPerAccount;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Duration lockout;

    LoginThrottle(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${scrutiny.login.max-failures:5}") int maxFailuresPerAccount,
            @Value("${scrutiny.login.max-failures-per-address:50}") int maxFailuresPerAddress,
            @Value("${scrutiny.login.window:PT15M}") Duration window,
            @Value("${scrutiny.login.lockout:PT15M}") Duration lockout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailuresPerAccount = maxFailuresPerAccount;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.lockout = lockout;
    }

    private static String accountKey(String email) {
        // Cleaned and cut to fit its column: an address typed with a NUL or at absurd length is still counted.
        String key = "account:"
                + Optional.ofNullable(UserAccount.normalise(TypedText.clean(email)))
                        .orElse("");
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** Whether sign-in to this account, or from this address, is refused for now. */
    @Transactional(readOnly = true)
    public boolean isLocked(String email, String address) {
        return lockedUntil(accountKey(email)).isPresent()
                || lockedUntil(addressKey(address)).isPresent();
    }

    @Transactional
    public void recordFailure(String email, String address) {
        recordFailure(accountKey(email), maxFailuresPerAccount);
        recordFailure(addressKey(address), maxFailuresPerAddress);
    }

    /** A successful sign-in clears the account's count; the address's count runs on. */
    @Transactional
    public void recordSuccess(String email) {
        jdbc.update("delete from login_throttle where principal = ?", accountKey(email));
    }

    private Optional<Instant> lockedUntil(String key) {
        List<Timestamp> locks = jdbc.queryForList(
                "select locked_until from login_throttle where principal = ? and locked_until > ?",
                Timestamp.class,
                key,
                Timestamp.from(clock.instant()));
        return locks.stream().findFirst().map(Timestamp::toInstant);
    }

    private void recordFailure(String key, int maxFailures) {
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
}
