package org.scrutiny.recommendations.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.scrutiny.accounts.Role;
import org.scrutiny.accounts.UserDirectory;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.PanelCalendar;
import org.scrutiny.shared.WorkingDays;
import org.scrutiny.shared.mail.Mailbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails the OPCC and the secretariat a set number of working days before a response is due, and
 * on the first working days it is overdue. Each reminder is claimed with a row keyed on the
 * recommendation and the kind of reminder, so however many nodes run this, each is queued once;
 * the mail outbox sends it, retrying if the mail server refuses it.
 */
@Component
public class ResponseReminders {

    private static final Logger log = LoggerFactory.getLogger(ResponseReminders.class);

    /** After this many working days overdue, the dashboard, not email, carries the news. */
    private static final int OVERDUE_REMINDER_DAYS = 5;

    private final RecommendationService recommendations;
    private final UserDirectory users;
    private final PanelMembership membership;
    private final PanelCalendar calendar;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Mailbox mailbox;
    private final Clock clock;
    private final String publicUrl;

    ResponseReminders(
            RecommendationService recommendations,
            UserDirectory users,
            PanelMembership membership,
            PanelCalendar calendar,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            Mailbox mailbox,
            Clock clock,
            @Value("${scrutiny.public-url}") String publicUrl) {
        this.recommendations = recommendations;
        this.users = users;
        this.membership = membership;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.mailbox = mailbox;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Scheduled(cron = "${scrutiny.recommendations.reminder-cron:0 0 8 * * *}", zone = "Europe/London")
    void daily() {
        send(LocalDate.now(clock));
    }

    /** Queues the reminders due on {@code today}; returns how many were queued. */
    public int send(LocalDate today) {
        WorkingDays days = calendar.workingDays();
        int reminderDays = recommendations.rules().getReminderWorkingDays();
        int sent = 0;
        for (Recommendation recommendation : recommendations.outstanding()) {
            LocalDate due = recommendation.getResponseDue();
            String kind = null;
            if (!today.isAfter(due) && !today.isBefore(days.workingDaysBefore(due, reminderDays))) {
                kind = "DUE_SOON";
            } else if (today.isAfter(due) && !today.isAfter(days.workingDaysAfter(due, OVERDUE_REMINDER_DAYS))) {
                kind = "OVERDUE";
            }
            if (kind != null && remind(recommendation, kind)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean remind(Recommendation recommendation, String kind) {
        PanelDetails panel = membership.panel();
        List<String> to = new ArrayList<>(users.emailsOf(Role.OPCC, Role.SECRETARIAT));
        if (panel.configured() && panel.email() != null && !to.contains(panel.email())) {
            to.add(panel.email());
        }
        if (to.isEmpty()) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                int claimed = jdbc.update(
                        "insert into recommendation_reminder (recommendation_id, kind, sent_at, recipients) values (?, ?, ?, ?) "
                                + "on conflict do nothing",
                        recommendation.getId(),
                        kind,
                        Timestamp.from(clock.instant()),
                        String.join(", ", to));
                if (claimed == 0) {
                    return false;
                }
                mailbox.queue(
                        "recommendation-reminder:" + recommendation.getId() + ":" + kind,
                        to,
                        subject(recommendation, kind),
                        body(panel, recommendation, kind),
                        null);
                return true;
            }));
        } catch (RuntimeException e) {
            log.warn(
                    "Could not send the {} reminder for recommendation {}: {}",
                    kind,
                    recommendation.getId(),
                    e.getMessage());
            return false;
        }
    }

    private static String subject(Recommendation recommendation, String kind) {
        String due = DisplayFormats.weekdayOf(recommendation.getResponseDue());
        return ("OVERDUE".equals(kind) ? "Response overdue since " : "Response due by ") + due + ": "
                + recommendation.getTitle();
    }

    private String body(PanelDetails panel, Recommendation recommendation, String kind) {
        String due = DisplayFormats.weekdayOf(recommendation.getResponseDue());
        String what = "The Commissioner's response to this "
                + recommendation.getKind().label().toLowerCase() + " of the " + panel.name();
        return String.join(
                "\n\n",
                "OVERDUE".equals(kind)
                        ? what + " was due by " + due + " and has not been received."
                        : what + " is due by " + due + ".",
                recommendation.getTitle() + ":\n" + recommendation.getText(),
                "Sent to the Commissioner on " + DisplayFormats.weekdayOf(recommendation.getSentOn()) + ".",
                "Record the response: " + publicUrl + "/reports/recommendations/" + recommendation.getId(),
                "Public page: " + publicUrl + "/recommendations/" + recommendation.getId());
    }
}
