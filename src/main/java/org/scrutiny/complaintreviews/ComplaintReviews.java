package org.scrutiny.complaintreviews;

import java.time.LocalDate;

/** What other modules may ask of the office's complaint reviews: counts, never the cases. */
public interface ComplaintReviews {

    /** The figures for requests and complaints received from {@code from} to {@code to}, both included. */
    ReviewFigures figures(LocalDate from, LocalDate to);
}
