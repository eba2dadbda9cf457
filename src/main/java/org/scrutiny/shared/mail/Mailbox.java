package org.scrutiny.shared.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues an email in the database, in the caller's transaction, so that it goes if and only if
 * what it reports is committed. {@link MailWorker} sends it. The same key never queues twice.
 */
@Component
public class Mailbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Mailbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Queues a plain-text message; {@code unsubscribeUrl}, when given, goes into the one-click
     * unsubscribe headers. Returns false when a message with this key was queued before.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean queue(String key, List<String> to, String subject, String body, String unsubscribeUrl) {
        if (to.isEmpty()) {
            throw new IllegalArgumentException("A message needs at least one recipient");
        }
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.update(
                        """
                        insert into mail_outbox (dedupe_key, recipients, subject, body, unsubscribe_url, status, next_attempt_at, created_at)
                        values (?, ?, ?, ?, ?, 'QUEUED', ?, ?)
                        on conflict (dedupe_key) do nothing
                        """,
                        key,
                        String.join(",", to),
                        subject,
                        body,
                        unsubscribeUrl,
                        now,
                        now)
                == 1;
    }

    /**
     * Deletes every message, queued or sent, whose key starts with {@code keyPrefix}: for a module
     * erasing personal data, whose emails would otherwise keep a copy of it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forget(String keyPrefix) {
        String pattern = keyPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.update("delete from mail_outbox where dedupe_key like ?", pattern);
    }

    /** How many messages are queued, sent and failed, for the secretariat to see that mail is flowing. */
    @Transactional(readOnly = true)
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("QUEUED", 0L);
        counts.put("SENT", 0L);
        counts.put("FAILED", 0L);
        jdbc.query("select status, count(*) from mail_outbox group by status", rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }
}
