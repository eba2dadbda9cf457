package org.scrutiny.complaintreviews.domain;

import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The office's own targets, set in the configuration: how long a complainant has to confirm a
 * request, and the working days in which a request is acknowledged and a review completed (less
 * the days it stood suspended).
 */
@Component
public class ReviewTargets {

    private final Period confirmationPeriod;
    private final int acknowledgementWorkingDays;
    private final int completionWorkingDays;

    ReviewTargets(
            @Value("${scrutiny.complaint-reviews.confirmation-period:P14D}") Period confirmationPeriod,
            @Value("${scrutiny.complaint-reviews.acknowledgement-working-days:5}") int acknowledgementWorkingDays,
            @Value("${scrutiny.complaint-reviews.completion-working-days:28}") int completionWorkingDays) {
        this.confirmationPeriod = confirmationPeriod;
        this.acknowledgementWorkingDays = acknowledgementWorkingDays;
        this.completionWorkingDays = completionWorkingDays;
    }

    public Period confirmationPeriod() {
        return confirmationPeriod;
    }

    public int acknowledgementWorkingDays() {
        return acknowledgementWorkingDays;
    }

    public int completionWorkingDays() {
        return completionWorkingDays;
    }
}
