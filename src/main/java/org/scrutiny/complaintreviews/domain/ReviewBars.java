package org.scrutiny.complaintreviews.domain;

import java.util.List;
import java.util.Map;
import org.scrutiny.complaintreviews.ReviewFigures;
import org.scrutiny.shared.Bars;

/** The requests received in a period as bars of a chart, beside the table that carries the same numbers. */
public final class ReviewBars {

    private ReviewBars() {}

    public static Bars of(ReviewFigures figures) {
        return Bars.of(List.of(
                Map.entry("Completed", figures.completed()),
                Map.entry("Ongoing", figures.ongoing()),
                Map.entry("Not started", figures.notStarted()),
                Map.entry("Invalid", figures.invalidTotal()),
                Map.entry("Not progressed", figures.notProgressed()),
                Map.entry("Waiting for confirmation", figures.awaitingConfirmation())));
    }
}
