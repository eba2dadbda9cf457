package org.scrutiny.subscriptions.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.scrutiny.search.NewMatches;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.database.ClusterJobs;
import org.scrutiny.shared.mail.Mailbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Saved searches: the words a subscriber asked to hear about are run against the search for what
 * has newly entered it, and each subscriber is sent one email listing what is new for them, each
 * document once (remembered in {@code saved_search_alert}), on one node at a time. Only documents
 * that entered the search after the subscriber confirmed count, and only those of the last
 * fortnight, so that a node that was down for a while does not send the history.
 */
@Component
public class SavedSearchAlerts {

    /** How far back a run looks for new documents; what is older was told of, or came before. */
    static final Duration LOOK_BACK = Duration.ofDays(14);

    private static final int MOST_PER_EMAIL = 20;

    private final Subscriptions subscriptions;
    private final NewMatches matches;
    private final ClusterJobs jobs;
    private final JdbcTemplate jdbc;
    private final Mailbox mailbox;
    private final Clock clock;
    private final String publicUrl;

    SavedSearchAlerts(
            Subscriptions subscriptions,
            NewMatches matches,
            ClusterJobs jobs,
            JdbcTemplate jdbc,
            Mailbox mailbox,
            Clock clock,
            @Value("${scrutiny.public-url}") String publicUrl) {
        this.subscriptions = subscriptions;
        this.matches = matches;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.mailbox = mailbox;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "${scrutiny.updates.poll-interval:PT30S}")
    void scheduled() {
        sendDue();
    }

    /** Queues an email for each subscriber with something new for their words; returns how many. */
    public int sendDue() {
        Integer queued = jobs.runAlone("subscriptions.saved-searches", this::sendAll);
        return queued == null ? 0 : queued;
    }

    private int sendAll() {
        Instant now = clock.instant();
        int queued = 0;
        for (Subscription subscriber :
                subscriptions.findByStatusAndConfirmedAtLessThanEqual(Subscription.Status.CONFIRMED, now)) {
            if (subscriber.keywordList().isEmpty()) {
                continue;
            }
            Instant since = later(subscriber.getConfirmedAt(), now.minus(LOOK_BACK));
            Set<String> told = new HashSet<>(jdbc.queryForList(
                    "select document_key from saved_search_alert where subscription_id = ?",
                    String.class,
                    subscriber.getId()));
            Map<String, NewMatches.Match> fresh = new LinkedHashMap<>();
            for (String words : subscriber.keywordList()) {
                for (NewMatches.Match match : matches.since(words, since, MOST_PER_EMAIL)) {
                    if (!told.contains(match.key())) {
                        fresh.putIfAbsent(match.key(), match);
                    }
                }
            }
            if (fresh.isEmpty()) {
                continue;
            }
            List<NewMatches.Match> listed =
                    new ArrayList<>(fresh.values()).subList(0, Math.min(fresh.size(), MOST_PER_EMAIL));
            String stop = publicUrl + "/updates/unsubscribe/" + subscriber.getToken();
            String words = subscriber.keywordList().stream()
                    .map(k -> "\u201c" + k + "\u201d")
                    .collect(Collectors.joining(", "));
            StringBuilder body = new StringBuilder("New on the panel's website for ")
                    .append(words)
                    .append(":\n");
            for (NewMatches.Match match : listed) {
                body.append("\n")
                        .append(match.title())
                        .append("\n")
                        .append(match.kind())
                        .append(match.day() == null ? "" : ", " + DisplayFormats.dayOf(match.day()))
                        .append("\n")
                        .append(publicUrl)
                        .append(match.href())
                        .append("\n");
            }
            body.append("\nSearch for them yourself: ")
                    .append(publicUrl)
                    .append("/search\n\n--\nYou get these emails because you asked for updates about ")
                    .append(words)
                    .append(".\nTo stop them, or to see what you get: ")
                    .append(stop);
            String key = "search:" + subscriber.getId() + ":" + listed.get(0).key() + ":" + listed.size();
            if (mailbox.queue(
                    key,
                    List.of(subscriber.getEmail()),
                    listed.size() == 1
                            ? "New for " + words + ": " + listed.get(0).title()
                            : listed.size() + " new for " + words,
                    body.toString(),
                    stop)) {
                queued++;
            }
            for (NewMatches.Match match : listed) {
                jdbc.update(
                        "insert into saved_search_alert (subscription_id, document_key, alerted_at) values (?, ?, ?)"
                                + " on conflict do nothing",
                        subscriber.getId(),
                        match.key(),
                        Timestamp.from(now));
            }
        }
        return queued;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
