package org.scrutiny.subscriptions.domain;

import org.scrutiny.shared.database.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each night, one node deletes the sign-ups that were never confirmed. */
@Component
class UpdatesRetention {

    private static final Logger log = LoggerFactory.getLogger(UpdatesRetention.class);

    private final SubscriptionService subscriptions;
    private final ClusterJobs jobs;

    UpdatesRetention(SubscriptionService subscriptions, ClusterJobs jobs) {
        this.subscriptions = subscriptions;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${scrutiny.retention.cron:0 30 2 * * *}", zone = "Europe/London")
    void nightly() {
        Integer erased = jobs.runAlone("subscriptions.retention", subscriptions::eraseUnconfirmed);
        if (erased != null && erased > 0) {
            log.info("Deleted {} email-update sign-ups that were never confirmed", erased);
        }
    }
}
