package org.scrutiny.complaints.domain;

import org.scrutiny.shared.database.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each night, one node erases the personal data of complainants whose retention period has passed. */
@Component
class ComplaintRetention {

    private static final Logger log = LoggerFactory.getLogger(ComplaintRetention.class);

    private final ComplaintService complaints;
    private final ClusterJobs jobs;

    ComplaintRetention(ComplaintService complaints, ClusterJobs jobs) {
        this.complaints = complaints;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${scrutiny.retention.cron:0 30 2 * * *}", zone = "Europe/London")
    void nightly() {
        Integer erased = jobs.runAlone("complaints.retention", complaints::erasePersonalData);
        if (erased != null && erased > 0) {
            log.info("Erased the personal data of {} complainants after the retention period", erased);
        }
    }
}
