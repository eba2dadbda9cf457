package org.scrutiny.subscriptions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.plan.FollowableThemes;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Subscriptions made when themes were the secretariat's words follow the plan's themes by id. */
@ScrutinyTest
class PlanThemesAdoptionTest {

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    SubscriptionService service;

    @Autowired
    FollowableThemes themes;

    @Test
    void a_theme_followed_by_its_name_is_followed_by_the_id_of_the_plan_s_theme_of_that_name() {
        long ethical = themes.idOf("Ethical Policing").orElseThrow();
        Subscription old = subscriptions.saveAndFlush(new Subscription(
                "old.follower@example.org",
                false,
                false,
                false,
                null,
                List.of("ethical policing", "A theme the plan never had"),
                List.of(),
                Instant.now()));

        assertThat(service.adoptPlanThemes()).isGreaterThanOrEqualTo(1);

        Subscription adopted = subscriptions.findById(old.getId()).orElseThrow();
        assertThat(adopted.themeList()).containsExactly("theme:" + ethical, "A theme the plan never had");
        assertThat(service.describe(adopted)).contains("the theme Ethical Policing");
        assertThat(service.adoptPlanThemes())
                .as("a second run finds nothing to move")
                .isZero();
        subscriptions.delete(adopted);
    }
}
