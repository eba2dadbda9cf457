package org.scrutiny.subscriptions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scrutiny.shared.BusinessRuleViolation;

class AlertMatchingTest {

    private final Map<String, List<String>> themes = new UpdateSettings(UpdatesDemoData.THEMES).themes();

    private static AlertSender.Alert alert(AlertRecorder.Kind kind, long meetingId, String text) {
        return new AlertSender.Alert(1, kind, meetingId, "Subject", "Body", text, Instant.now());
    }

    private static Subscription following(Long meetingId, boolean agendas, boolean minutes, List<String> themes) {
        return new Subscription("a@example.org", agendas, minutes, false, meetingId, themes, List.of(), Instant.now());
    }

    @Test
    void a_follower_of_one_meeting_hears_of_its_agenda_minutes_and_changes_and_of_no_other_meeting() {
        Subscription follower = following(7L, false, false, List.of());
        assertThat(AlertSender.wants(follower, alert(AlertRecorder.Kind.AGENDA, 7, "Panel"), themes))
                .isTrue();
        assertThat(AlertSender.wants(follower, alert(AlertRecorder.Kind.MINUTES, 7, "Panel"), themes))
                .isTrue();
        assertThat(AlertSender.wants(follower, alert(AlertRecorder.Kind.MEETING, 7, "Panel"), themes))
                .isTrue();
        assertThat(AlertSender.wants(follower, alert(AlertRecorder.Kind.MEETING, 8, "Panel"), themes))
                .isFalse();
        assertThat(AlertSender.wants(follower, alert(AlertRecorder.Kind.AGENDA, 8, "Panel"), themes))
                .isFalse();
    }

    @Test
    void a_subscriber_to_every_agenda_does_not_get_minutes_or_other_meetings_changes() {
        Subscription agendas = following(null, true, false, List.of());
        assertThat(AlertSender.wants(agendas, alert(AlertRecorder.Kind.AGENDA, 3, "Panel"), themes))
                .isTrue();
        assertThat(AlertSender.wants(agendas, alert(AlertRecorder.Kind.MINUTES, 3, "Panel"), themes))
                .isFalse();
        assertThat(AlertSender.wants(agendas, alert(AlertRecorder.Kind.MEETING, 3, "Panel"), themes))
                .isFalse();
    }

    @Test
    void a_theme_follower_gets_agendas_whose_items_are_about_the_theme() {
        Subscription ethical = following(null, false, false, List.of("Ethical Policing"));
        assertThat(AlertSender.wants(
                        ethical, alert(AlertRecorder.Kind.AGENDA, 4, "Panel\nOPCC - Complaints Policy Update"), themes))
                .isTrue();
        assertThat(AlertSender.wants(ethical, alert(AlertRecorder.Kind.AGENDA, 4, "Panel\nForward Plan"), themes))
                .isFalse();
    }

    @Test
    void a_sign_up_must_ask_for_something() {
        assertThatThrownBy(() -> following(null, false, false, List.of())).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void a_subscription_says_in_words_what_it_is_for() {
        Subscription subscription = new Subscription(
                "a@example.org", true, true, false, null, List.of("Crime Prevention"), List.of("101"), Instant.now());
        assertThat(subscription.describe(""))
                .isEqualTo("new agendas, new minutes, the theme Crime Prevention and \u201c101\u201d");
    }
}
