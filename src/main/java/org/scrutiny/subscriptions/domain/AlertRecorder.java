package org.scrutiny.subscriptions.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.scrutiny.meetings.MeetingChanged;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.minutes.MinutesPublished;
import org.scrutiny.papers.PapersPublished;
import org.scrutiny.plan.DecisionRecorded;
import org.scrutiny.plan.DeliverableStatusChanged;
import org.scrutiny.plan.FollowableThemes;
import org.scrutiny.recommendations.RecommendationSent;
import org.scrutiny.recommendations.ResponseRecorded;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns what other modules publish into alerts, in the same transaction as the change itself, so
 * an alert exists if and only if the change was committed. {@link AlertSender} sends them out.
 */
@Component
class AlertRecorder {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    enum Kind {
        AGENDA,
        MINUTES,
        MEETING,
        RECOMMENDATION,
        RESPONSE,
        DECISION,
        DELIVERABLE
    }

    private final JdbcTemplate jdbc;
    private final MeetingSchedule meetings;
    private final FollowableThemes themes;
    private final Clock clock;
    private final String publicUrl;

    AlertRecorder(
            JdbcTemplate jdbc,
            MeetingSchedule meetings,
            FollowableThemes themes,
            Clock clock,
            @Value("${scrutiny.public-url}") String publicUrl) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.themes = themes;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @EventListener
    void on(PapersPublished event) {
        MeetingSummary meeting = meeting(event.meetingId());
        boolean first = event.version() == 1;
        StringBuilder body = new StringBuilder();
        body.append(
                        first
                                ? "The agenda has been published for the meeting on "
                                : "The agenda has been updated for the meeting on ")
                .append(meeting.whenAndWhere())
                .append(".\n\n");
        if (!first && event.changeNote() != null) {
            body.append("What has changed: ").append(event.changeNote()).append("\n\n");
        }
        if (!event.openItemTitles().isEmpty()) {
            body.append("The items:\n");
            for (int i = 0; i < event.openItemTitles().size(); i++) {
                body.append(i + 1)
                        .append(". ")
                        .append(event.openItemTitles().get(i))
                        .append('\n');
            }
            body.append('\n');
        }
        body.append("Read the agenda and its papers: ")
                .append(publicUrl)
                .append("/meetings/")
                .append(meeting.id());
        record(
                Kind.AGENDA,
                meeting.id(),
                (first ? "Agenda published: " : "Agenda updated: ") + meeting.name() + ", "
                        + DAY.format(meeting.date()),
                body.toString(),
                meeting.name() + "\n" + String.join("\n", event.openItemTitles())
                        + (event.reportsOnThePlan() ? "\n" + String.join("\n", themeNames()) : ""));
    }

    @EventListener
    void on(MinutesPublished event) {
        MeetingSummary meeting = meeting(event.meetingId());
        record(
                Kind.MINUTES,
                meeting.id(),
                "Minutes published: " + meeting.name() + ", " + DAY.format(meeting.date()),
                "The minutes of the meeting on " + meeting.whenAndWhere()
                        + " have been published. They are a draft until the next meeting approves them.\n\n"
                        + "Read them: " + publicUrl + "/meetings/" + meeting.id() + "/minutes",
                meeting.name());
    }

    @EventListener
    void on(MeetingChanged event) {
        MeetingSummary meeting = meeting(event.meetingId());
        record(
                Kind.MEETING,
                meeting.id(),
                "Meeting changed: " + meeting.name(),
                "The meeting you are following has changed. " + event.change() + "\n\n" + "See the meeting: "
                        + publicUrl + "/meetings/" + meeting.id(),
                meeting.name());
    }

    @EventListener
    void on(RecommendationSent event) {
        record(
                Kind.RECOMMENDATION,
                event.meetingId(),
                "Recommendation to the Commissioner: " + event.title(),
                "The panel has sent the Police and Crime Commissioner this recommendation:\n\n" + event.text()
                        + "\n\nFollow it, and the Commissioner's response: " + publicUrl + "/recommendations/"
                        + event.recommendationId(),
                event.title() + "\n" + event.text());
    }

    @EventListener
    void on(ResponseRecorded event) {
        record(
                Kind.RESPONSE,
                event.meetingId(),
                "The Commissioner has responded: " + event.title(),
                "The Police and Crime Commissioner has responded to the panel's recommendation \u201c" + event.title()
                        + "\u201d" + (event.outcome() == null ? "." : ": " + event.outcome() + ".")
                        + "\n\nRead the response: " + publicUrl + "/recommendations/" + event.recommendationId(),
                event.title());
    }

    @EventListener
    void on(DecisionRecorded event) {
        String what = event.taken()
                ? "The Police and Crime Commissioner has taken a decision"
                : "The Police and Crime Commissioner expects to take a key decision";
        record(
                Kind.DECISION,
                null,
                (event.taken() ? "Commissioner's decision: " : "Key decision expected: ") + event.title(),
                what + (event.themeName() == null ? "" : " under the theme \u201c" + event.themeName() + "\u201d")
                        + ":\n\n" + event.title() + " (" + event.reference() + ")\n\n" + event.summary()
                        + "\n\nRead it: " + publicUrl + "/decisions/" + event.decisionId(),
                (event.themeName() == null ? "" : event.themeName() + "\n") + event.title() + "\n" + event.summary());
    }

    @EventListener
    void on(DeliverableStatusChanged event) {
        record(
                Kind.DELIVERABLE,
                null,
                "Police and Crime Plan: " + event.title() + " is now "
                        + event.status().toLowerCase(Locale.UK),
                "A deliverable of the Police and Crime Plan under the theme \u201c" + event.themeName()
                        + "\u201d has changed status to " + event.status().toLowerCase(Locale.UK) + ":\n\n"
                        + event.title() + "\n\nWhat has changed: " + event.note() + "\n\nFollow it: " + publicUrl
                        + "/plan/deliverables/" + event.deliverableId(),
                event.themeName() + "\n" + event.title() + "\n" + event.note());
    }

    /** A report on the plan concerns every theme: its followers hear of the agenda that carries it. */
    private List<String> themeNames() {
        return themes.themes().stream().map(FollowableThemes.Theme::name).toList();
    }

    private MeetingSummary meeting(long id) {
        return meetings.meeting(id).orElseThrow();
    }

    private void record(Kind kind, Long meetingId, String subject, String body, String matchText) {
        jdbc.update(
                "insert into update_alert (kind, meeting_id, subject, body, match_text, created_at) values (?, ?, ?, ?, ?, ?)",
                kind.name(),
                meetingId,
                subject.length() > 500 ? subject.substring(0, 497) + "..." : subject,
                body,
                matchText,
                Timestamp.from(clock.instant()));
    }
}
