package org.scrutiny.questions.domain;

import org.scrutiny.shared.database.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each night, one node erases the personal data of questioners whose retention period has passed. */
@Component
class QuestionRetention {

    private static final Logger log = LoggerFactory.getLogger(QuestionRetention.class);

    private final QuestionService questions;
    private final ClusterJobs jobs;

    QuestionRetention(QuestionService questions, ClusterJobs jobs) {
        this.questions = questions;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${scrutiny.retention.cron:0 30 2 * * *}", zone = "Europe/London")
    void nightly() {
        Integer erased = jobs.runAlone("questions.retention", questions::erasePersonalData);
        if (erased != null && erased > 0) {
            log.info("Erased the personal data of {} questioners after the retention period", erased);
        }
    }
}
