package org.scrutiny.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued email over SMTP. Each message is locked ({@code SKIP LOCKED}), sent and marked sent
 * in a transaction of its own, so nodes never send the same one and a node that dies in the middle
 * of a batch leaves only the messages it had not sent to be sent by the next; at worst the one it
 * was sending goes again, with the same Message-ID, so that mail programs show it once. A failure
 * is retried after 1, 2, 4... minutes, and after eight attempts the message is marked failed.
 * Without {@code spring.mail.host} nothing is sent and the messages wait.
 */
@Component
public class MailWorker {

    private static final Logger log = LoggerFactory.getLogger(MailWorker.class);
    static final int MAX_ATTEMPTS = 8;

    private record Queued(
            long id, String recipients, String subject, String body, String unsubscribeUrl, int attempts) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String from;
    private final boolean logWithoutServer;
    private final Duration keepSent;
    private volatile boolean warned;

    MailWorker(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            ObjectProvider<JavaMailSender> mail,
            Clock clock,
            @Value("${scrutiny.mail.from:scrutiny@localhost}") String from,
            @Value("${scrutiny.mail.log-without-server:false}") boolean logWithoutServer,
            @Value("${scrutiny.retention.sent-mail:P30D}") Duration keepSent) {
        this.logWithoutServer = logWithoutServer;
        this.keepSent = keepSent;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.mail = mail;
        this.clock = clock;
        this.from = from.isBlank() ? "scrutiny@localhost" : from;
    }

    @Scheduled(initialDelayString = "PT10S", fixedDelayString = "${scrutiny.mail.poll-interval:PT10S}")
    void scheduled() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null && logWithoutServer) {
            logDue();
            return;
        }
        if (sender == null) {
            if (!warned) {
                log.warn("No mail server is configured (spring.mail.host): queued email is waiting, not sent");
                warned = true;
            }
            return;
        }
        sendDue(sender);
    }

    /** Sends what is due now; returns how many went. */
    public int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        return sender == null ? 0 : sendDue(sender);
    }

    /** The most messages a node sends in one run, one transaction each. */
    static final int BATCH = 20;

    /** Locks messages due now, which no other node can then take until this transaction ends. */
    private List<Queued> claimDue(int most) {
        return jdbc.query(
                """
                select id, recipients, subject, body, unsubscribe_url, attempts from mail_outbox
                where status = 'QUEUED' and next_attempt_at <= ?
                order by id limit ?
                for update skip locked
                """,
                (rs, row) -> new Queued(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6)),
                Timestamp.from(clock.instant()),
                most);
    }

    int sendDue(JavaMailSender sender) {
        int count = 0;
        for (int i = 0; i < BATCH; i++) {
            Boolean sent = transactions.execute(status -> {
                List<Queued> due = claimDue(1);
                if (due.isEmpty()) {
                    return null;
                }
                Queued message = due.get(0);
                try {
                    sender.send(mime(sender, message));
                    jdbc.update(
                            "update mail_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null where id = ?",
                            Timestamp.from(clock.instant()),
                            message.id());
                    return true;
                } catch (MailException | MessagingException e) {
                    int attempts = message.attempts() + 1;
                    Instant next = clock.instant().plus(Duration.ofMinutes(1L << Math.min(attempts - 1, 10)));
                    String error = String.valueOf(e.getMessage());
                    jdbc.update(
                            "update mail_outbox set attempts = ?, next_attempt_at = ?, last_error = ?, status = ? where id = ?",
                            attempts,
                            Timestamp.from(next),
                            error.length() > 2000 ? error.substring(0, 2000) : error,
                            attempts >= MAX_ATTEMPTS ? "FAILED" : "QUEUED",
                            message.id());
                    log.warn("Could not send email {} (attempt {}): {}", message.id(), attempts, error);
                    return false;
                }
            });
            if (sent == null) {
                break;
            }
            count += sent ? 1 : 0;
        }
        return count;
    }

    /**
     * Without a mail server (the demo run), writes each due message to the log, where a newcomer
     * can read it, and marks it LOGGED: it was not sent.
     */
    int logDue() {
        Integer logged = transactions.execute(status -> {
            List<Queued> due = claimDue(BATCH);
            for (Queued message : due) {
                log.info(
                        "Email (not sent: no mail server is configured)\nTo: {}\nSubject: {}{}\n\n{}\n",
                        message.recipients(),
                        message.subject(),
                        message.unsubscribeUrl() == null
                                ? ""
                                : "\nList-Unsubscribe: <" + message.unsubscribeUrl() + ">",
                        message.body());
                jdbc.update(
                        "update mail_outbox set status = 'LOGGED', sent_at = ? where id = ?",
                        Timestamp.from(clock.instant()),
                        message.id());
            }
            return due.size();
        });
        return logged == null ? 0 : logged;
    }

    /**
     * Deletes messages sent (or given up on) longer ago than the retention period: they hold
     * people's addresses and words, and their dedupe keys are no longer needed.
     */
    @Scheduled(cron = "${scrutiny.retention.cron:0 30 2 * * *}", zone = "Europe/London")
    void nightly() {
        forgetOldMail();
    }

    public int forgetOldMail() {
        return jdbc.update(
                "delete from mail_outbox where status <> 'QUEUED' and created_at < ?",
                Timestamp.from(clock.instant().minus(keepSent)));
    }

    private MimeMessage mime(JavaMailSender sender, Queued queued) throws MessagingException {
        MimeMessage message = sender instanceof JavaMailSenderImpl smtp
                ? new MimeMessage(smtp.getSession()) {
                    @Override
                    protected void updateMessageID() throws MessagingException {
                        setHeader("Message-ID", messageId(queued));
                    }
                }
                : sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(queued.recipients().split(","));
        helper.setSubject(queued.subject());
        helper.setText(queued.body(), false);
        if (queued.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + queued.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }

    /** The same for every attempt at one queued message, so that a message sent twice reads as one. */
    private String messageId(Queued queued) {
        String domain = from.contains("@") ? from.substring(from.indexOf('@') + 1) : "localhost";
        return "<outbox-" + queued.id() + "@" + domain + ">";
    }
}
