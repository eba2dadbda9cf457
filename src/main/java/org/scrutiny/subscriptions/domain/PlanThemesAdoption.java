package org.scrutiny.subscriptions.domain;

import org.scrutiny.shared.database.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;

/**
 * At each start, after the plan's own initializers, moves the people who follow a theme by its name
 * onto the plan's theme of that name, by id (see {@link SubscriptionService#adoptPlanThemes()}).
 */
@Component
class PlanThemesAdoption implements ApplicationModuleInitializer {

    private static final Logger log = LoggerFactory.getLogger(PlanThemesAdoption.class);

    private final SubscriptionService subscriptions;
    private final ClusterJobs jobs;

    PlanThemesAdoption(SubscriptionService subscriptions, ClusterJobs jobs) {
        this.subscriptions = subscriptions;
        this.jobs = jobs;
    }

    @Override
    public void initialize() {
        Integer adopted = jobs.runAlone("subscriptions.plan-themes", subscriptions::adoptPlanThemes);
        if (adopted != null && adopted > 0) {
            log.info("{} email-update subscriptions now follow the plan's themes by id", adopted);
        }
    }
}
