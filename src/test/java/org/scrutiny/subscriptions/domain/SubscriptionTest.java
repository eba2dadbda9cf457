package org.scrutiny.subscriptions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.shared.BusinessRuleViolation;

class SubscriptionTest {

    private static final Instant SIGNED_UP = Instant.parse("2026-11-25T10:00:00Z");

    private static Subscription toAgendas(String email) {
        return new Subscription(email, true, false, false, null, List.of(), List.of(), SIGNED_UP);
    }

    @Test
    void a_sign_up_is_pending_until_confirmed_and_confirming_twice_keeps_the_first_time() {
        Subscription subscription = toAgendas("  Jo.Bloggs@Example.org ");
        assertThat(subscription.isConfirmed()).isFalse();
        assertThat(subscription.getEmail()).isEqualTo("jo.bloggs@example.org");

        subscription.confirm(SIGNED_UP.plusSeconds(60));
        subscription.confirm(SIGNED_UP.plusSeconds(120));

        assertThat(subscription.isConfirmed()).isTrue();
        assertThat(subscription.getConfirmedAt()).isEqualTo(SIGNED_UP.plusSeconds(60));
    }

    @Test
    void a_sign_up_must_choose_something_to_follow() {
        assertThatThrownBy(() ->
                        new Subscription("jo@example.org", false, false, false, null, List.of(), List.of(), SIGNED_UP))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("at least one thing");
    }

    @Test
    void each_sign_up_gets_its_own_unguessable_token() {
        String first = toAgendas("jo@example.org").getToken();
        String second = toAgendas("jo@example.org").getToken();

        assertThat(first).hasSize(43).isNotEqualTo(second).matches("[A-Za-z0-9_-]+");
    }
}
