package org.scrutiny.subscriptions.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.scrutiny.shared.mail.Mailbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each alert to the subscribers who asked for it. A node claims unsent alerts under row
 * locks ({@code SKIP LOCKED}) and queues one email per subscriber in the same transaction, keyed
 * on the alert and the subscriber, so no one gets the same alert twice. Only people who had
 * confirmed before the alert was raised get it.
 */
@Component
public class AlertSender {

    record Alert(
            long id,
            AlertRecorder.Kind kind,
            Long meetingId,
            String subject,
            String body,
            String matchText,
            Instant createdAt) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Subscriptions subscriptions;
    private final SubscriptionService service;
    private final Mailbox mailbox;
    private final Clock clock;
    private final String publicUrl;

    AlertSender(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            Subscriptions subscriptions,
            SubscriptionService service,
            Mailbox mailbox,
            Clock clock,
            @Value("${scrutiny.public-url}") String publicUrl) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.service = service;
        this.mailbox = mailbox;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @Scheduled(initialDelayString = "PT15S", fixedDelayString = "${scrutiny.updates.poll-interval:PT30S}")
    void scheduled() {
        sendDue();
    }

    /** Queues the emails for every alert waiting; returns how many emails were queued. */
    public int sendDue() {
        int total = 0;
        Integer queued;
        do {
            queued = transactions.execute(status -> sendBatch());
            total += queued == null ? 0 : Math.max(queued, 0);
        } while (queued != null && queued >= 0);
        return total;
    }

    /** Returns the emails queued for one batch of alerts, or -1 when there were none to claim. */
    private int sendBatch() {
        List<Alert> alerts = jdbc.query(
                """
                select id, kind, meeting_id, subject, body, match_text, created_at from update_alert
                where sent_at is null order by id limit 10
                for update skip locked
                """,
                (rs, row) -> new Alert(
                        rs.getLong(1),
                        AlertRecorder.Kind.valueOf(rs.getString(2)),
                        rs.getObject(3, Long.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()));
        if (alerts.isEmpty()) {
            return -1;
        }
        Map<String, List<String>> themes = service.settings().themes();
        UnaryOperator<String> themeNames = service.themeNames();
        Map<Long, String> meetingTexts = new HashMap<>();
        // One query for the batch: everyone confirmed by the newest alert, filtered per alert below.
        Instant newest =
                alerts.stream().map(Alert::createdAt).max(Instant::compareTo).orElseThrow();
        List<Subscription> confirmed =
                subscriptions.findByStatusAndConfirmedAtLessThanEqual(Subscription.Status.CONFIRMED, newest);
        int queued = 0;
        for (Alert alert : alerts) {
            int recipients = 0;
            for (Subscription subscriber : confirmed) {
                if (subscriber.getConfirmedAt().isAfter(alert.createdAt())
                        || !wants(subscriber, alert, themes, themeNames)) {
                    continue;
                }
                String what = subscriber.describe(
                        subscriber.getMeetingId() == null
                                ? ""
                                : meetingTexts.computeIfAbsent(
                                        subscriber.getMeetingId(), id -> service.meetingText(subscriber)),
                        themeNames);
                String stop = publicUrl + "/updates/unsubscribe/" + subscriber.getToken();
                String body = alert.body() + "\n\n--\nYou get these emails because you asked for updates about " + what
                        + ".\nTo stop them, or to see what you get: " + stop;
                if (mailbox.queue(
                        "alert:" + alert.id() + ":" + subscriber.getId(),
                        List.of(subscriber.getEmail()),
                        alert.subject(),
                        body,
                        stop)) {
                    queued++;
                }
                recipients++;
            }
            jdbc.update(
                    "update update_alert set sent_at = ?, recipients = ? where id = ?",
                    Timestamp.from(clock.instant()),
                    recipients,
                    alert.id());
        }
        return queued;
    }

    static boolean wants(Subscription subscriber, Alert alert, Map<String, List<String>> themes) {
        return wants(subscriber, alert, themes, theme -> theme);
    }

    /**
     * Whether the subscriber wants the alert. A theme of the plan, followed by its id, matches by
     * its name now and the secretariat's words for it; a theme still followed by a name, by that
     * name and its words while the secretariat keeps it.
     */
    static boolean wants(
            Subscription subscriber, Alert alert, Map<String, List<String>> themes, UnaryOperator<String> themeName) {
        boolean meeting =
                subscriber.getMeetingId() != null && subscriber.getMeetingId().equals(alert.meetingId());
        boolean topic = subscriber.themeList().stream()
                .anyMatch(t -> t.startsWith(Subscription.THEME_ID)
                        ? Topics.aboutPlanTheme(alert.matchText(), themeName.apply(t), themes)
                        : Topics.aboutTheme(alert.matchText(), t, themes));
        // A subscriber's own words are saved searches, answered from the search (SavedSearchAlerts).
        return switch (alert.kind()) {
            case AGENDA -> subscriber.isAgendas() || meeting || topic;
            case MINUTES -> subscriber.isMinutes() || meeting || topic;
            case MEETING -> meeting;
            case RECOMMENDATION, RESPONSE -> subscriber.isRecommendations() || topic;
            case DECISION, DELIVERABLE -> topic;
        };
    }
}
