package org.scrutiny.complaintreviews.domain;

import org.scrutiny.shared.database.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each night, one node closes the requests whose complainant did not confirm them in time, and
 * erases the personal data of requests and complaints ended more than the retention period ago.
 */
@Component
class ReviewJobs {

    private static final Logger log = LoggerFactory.getLogger(ReviewJobs.class);

    private final ReviewService reviews;
    private final ChiefConstableComplaintService complaints;
    private final ClusterJobs jobs;

    ReviewJobs(ReviewService reviews, ChiefConstableComplaintService complaints, ClusterJobs jobs) {
        this.reviews = reviews;
        this.complaints = complaints;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${scrutiny.retention.cron:0 30 2 * * *}", zone = "Europe/London")
    void nightly() {
        Integer closed = jobs.runAlone("complaint-reviews.unconfirmed", reviews::closeUnconfirmed);
        if (closed != null && closed > 0) {
            log.info("Closed {} review requests as not progressed: no confirmation came in time", closed);
        }
        Integer erased = jobs.runAlone(
                "complaint-reviews.retention", () -> reviews.erasePersonalData() + complaints.erasePersonalData());
        if (erased != null && erased > 0) {
            log.info(
                    "Erased the personal data of {} complaint reviews and complaints after the retention period",
                    erased);
        }
    }
}
