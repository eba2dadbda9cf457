package org.scrutiny.complaintreviews.domain;

import java.time.LocalDate;

/**
 * The time a complainant has to ask for a review: 28 days beginning with the day after they were
 * given the outcome of their complaint (calendar days, so the last day allowed is the outcome's
 * day plus 28). A request first sent to the IOPC, which was not the relevant review body, is
 * judged on the day it reached the IOPC: the days it spent being forwarded are not the
 * complainant's.
 */
public record ReviewWindow(LocalDate outcomeGivenOn) {

    public static final int DAYS = 28;

    public LocalDate firstDay() {
        return outcomeGivenOn.plusDays(1);
    }

    public LocalDate lastDay() {
        return outcomeGivenOn.plusDays(DAYS);
    }

    /** Whether a request made on {@code madeOn} is in time. */
    public boolean allows(LocalDate madeOn) {
        return !madeOn.isAfter(lastDay());
    }
}
