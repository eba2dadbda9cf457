package org.scrutiny.subscriptions.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingStatus;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.plan.FollowableThemes;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.StaleRecordException;
import org.scrutiny.shared.mail.Mailbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class SubscriptionService {

    /** What a person asked for on the sign-up form, already checked for form. */
    public record SignUp(
            String email,
            boolean agendas,
            boolean minutes,
            boolean recommendations,
            Long meetingId,
            List<String> themes,
            List<String> keywords) {}

    private final Subscriptions subscriptions;
    private final FollowableThemes planThemes;
    private final AllUpdateSettings settings;
    private final MeetingSchedule meetings;
    private final PanelMembership membership;
    private final Mailbox mailbox;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String publicUrl;
    private final Duration unconfirmedRetention;

    SubscriptionService(
            Subscriptions subscriptions,
            FollowableThemes planThemes,
            AllUpdateSettings settings,
            MeetingSchedule meetings,
            PanelMembership membership,
            Mailbox mailbox,
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${scrutiny.public-url}") String publicUrl,
            @Value("${scrutiny.retention.unconfirmed-subscriptions:P7D}") Duration unconfirmedRetention) {
        this.subscriptions = subscriptions;
        this.planThemes = planThemes;
        this.settings = settings;
        this.meetings = meetings;
        this.membership = membership;
        this.mailbox = mailbox;
        this.jdbc = jdbc;
        this.clock = clock;
        this.publicUrl = publicUrl;
        this.unconfirmedRetention = unconfirmedRetention;
    }

    @Transactional(readOnly = true)
    public UpdateSettings settings() {
        return settings.findFirstByOrderByIdAsc().orElseGet(UpdateSettings::none);
    }

    public UpdateSettings changeThemes(long expectedVersion, String themes) {
        UpdateSettings current = settings.findFirstByOrderByIdAsc().orElseGet(UpdateSettings::none);
        if (current.getId() != null) {
            StaleRecordException.check(expectedVersion, current.getVersion());
        }
        current.changeThemes(themes);
        return settings.saveAndFlush(current);
    }

    /**
     * The themes a person can follow: the plan's, by id, once a plan is entered; until then the
     * themes the secretariat wrote in the settings, by name.
     */
    /** A theme offered on the sign-up form: what the form sends, and the theme's name. */
    public record FollowableTheme(String value, String text) {}

    @Transactional(readOnly = true)
    public List<FollowableTheme> followableThemes() {
        List<FollowableThemes.Theme> fromPlan = planThemes.themes();
        if (!fromPlan.isEmpty()) {
            return fromPlan.stream()
                    .map(theme -> new FollowableTheme(Subscription.THEME_ID + theme.id(), theme.name()))
                    .toList();
        }
        return settings().themes().keySet().stream()
                .map(name -> new FollowableTheme(name, name))
                .toList();
    }

    /** A theme as a subscription holds it, named as it is now. */
    @Transactional(readOnly = true)
    public String themeName(String theme) {
        if (!theme.startsWith(Subscription.THEME_ID)) {
            return theme;
        }
        try {
            return planThemes
                    .nameOf(Long.parseLong(theme.substring(Subscription.THEME_ID.length())))
                    .orElse("no longer in the plan");
        } catch (NumberFormatException e) {
            return theme;
        }
    }

    /**
     * Names themes as {@link #themeName} does, for a batch of alerts: the plan's themes read once,
     * any other looked up once, instead of a query for every subscriber of every alert.
     */
    @Transactional(readOnly = true)
    public UnaryOperator<String> themeNames() {
        Map<String, String> names = new HashMap<>();
        planThemes.themes().forEach(theme -> names.put(Subscription.THEME_ID + theme.id(), theme.name()));
        return theme -> names.computeIfAbsent(theme, this::themeName);
    }

    /** What a subscription is for, in words, with its meeting and its themes named as they are now. */
    @Transactional(readOnly = true)
    public String describe(Subscription subscription) {
        return subscription.describe(meetingText(subscription), this::themeName);
    }

    /**
     * Moves the people who follow a theme by its name onto the plan's theme of that name, by id, so
     * that they keep following it if it is renamed; returns how many subscriptions changed. Runs at
     * each start: a plan entered later is adopted at the next.
     */
    public int adoptPlanThemes() {
        int changed = 0;
        for (Subscription subscription : subscriptions.findAll()) {
            boolean moved = false;
            for (String theme : subscription.themeList()) {
                if (!theme.startsWith(Subscription.THEME_ID)) {
                    Optional<Long> id = planThemes.idOf(theme);
                    if (id.isPresent()) {
                        moved |= subscription.adopt(theme, id.get());
                    }
                }
            }
            if (moved) {
                changed++;
            }
        }
        return changed;
    }

    /** A meeting whose changes can be followed: one still to come, not cancelled. */
    @Transactional(readOnly = true)
    public Optional<MeetingSummary> followableMeeting(long meetingId) {
        LocalDate today = LocalDate.now(clock);
        return meetings.meeting(meetingId)
                .filter(m -> !m.date().isBefore(today))
                .filter(m -> m.status() != MeetingStatus.CANCELLED && m.status() != MeetingStatus.HELD);
    }

    @Transactional(readOnly = true)
    public Optional<MeetingSummary> meeting(long meetingId) {
        return meetings.meeting(meetingId);
    }

    /** Records the request, pending, and emails the link that confirms it. */
    public Subscription signUp(SignUp request) {
        if (request.meetingId() != null
                && followableMeeting(request.meetingId()).isEmpty()) {
            throw new BusinessRuleViolation("meetingChanges", "That meeting has already taken place or been cancelled");
        }
        if (!followableThemes().stream().map(FollowableTheme::value).toList().containsAll(request.themes())) {
            throw new BusinessRuleViolation("themes", "Choose from the themes listed");
        }
        Subscription subscription = subscriptions.saveAndFlush(new Subscription(
                request.email(),
                request.agendas(),
                request.minutes(),
                request.recommendations(),
                request.meetingId(),
                request.themes(),
                request.keywords(),
                clock.instant()));
        String panel = membership.panel().name();
        long days = unconfirmedRetention.toDays();
        mailbox.queue(
                "subscription:" + subscription.getId() + ":confirm",
                List.of(subscription.getEmail()),
                "Confirm your email updates from the " + panel,
                "Someone, probably you, asked for email updates from the " + panel + " about "
                        + describe(subscription) + ".\n\n"
                        + "To start them, confirm here:\n" + publicUrl + "/updates/confirm/" + subscription.getToken()
                        + "\n\nIf it was not you, ignore this email: nothing more will be sent, and the address will be deleted within "
                        + (days == 1 ? "a day" : days + " days") + ".",
                null);
        return subscription;
    }

    /** Confirms the subscription the token belongs to; empty when there is none (stopped, or expired). */
    public Optional<Subscription> confirm(String token) {
        return subscriptions.findByToken(token).map(subscription -> {
            subscription.confirm(clock.instant());
            return subscriptions.saveAndFlush(subscription);
        });
    }

    @Transactional(readOnly = true)
    public Optional<Subscription> byToken(String token) {
        return subscriptions.findByToken(token);
    }

    /** Stops the subscription and forgets the address; true if there was one to stop. */
    public boolean unsubscribe(String token) {
        Optional<Subscription> subscription = subscriptions.findByToken(token);
        subscription.ifPresent(stopped -> {
            if (stopped.isConfirmed()) {
                String panel = membership.panel().name();
                mailbox.queue(
                        "subscription:" + stopped.getId() + ":stopped",
                        List.of(stopped.getEmail()),
                        "You will get no more email updates from the " + panel,
                        "You have stopped the email updates from the " + panel + " about "
                                + describe(stopped) + ", and we have deleted your address.\n\n"
                                + "If you did not mean to, sign up again here: " + publicUrl + "/updates/new",
                        null);
            }
            subscriptions.delete(stopped);
        });
        subscriptions.flush();
        return subscription.isPresent();
    }

    @Transactional(readOnly = true)
    public String meetingText(Subscription subscription) {
        return subscription.getMeetingId() == null
                ? ""
                : meetings.meeting(subscription.getMeetingId())
                        .map(MeetingSummary::whenAndWhere)
                        .orElse("a meeting");
    }

    /** Deletes sign-ups never confirmed within the retention period; returns how many. */
    public int eraseUnconfirmed() {
        Instant before = clock.instant().minus(unconfirmedRetention);
        List<Subscription> stale = subscriptions.findByStatusAndCreatedAtBefore(Subscription.Status.PENDING, before);
        subscriptions.deleteAll(stale);
        subscriptions.flush();
        return stale.size();
    }

    /** An alert raised by something published, and how many it went to. */
    public record SentAlert(String subject, Instant raised, Instant sent, Integer recipients) {}

    @Transactional(readOnly = true)
    public List<SentAlert> recentAlerts() {
        return jdbc.query(
                "select subject, created_at, sent_at, recipients from update_alert order by id desc limit 20",
                (rs, row) -> new SentAlert(
                        rs.getString(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(),
                        rs.getObject(4, Integer.class)));
    }

    @Transactional(readOnly = true)
    public long count(Subscription.Status status) {
        return subscriptions.countByStatus(status);
    }
}
