package org.scrutiny.complaintreviews.domain;

import java.util.ArrayList;
import java.util.List;
import org.scrutiny.complaintreviews.ReviewFigures;

/**
 * The requests received in a period as bars of a chart, for readers who would rather look than
 * read; the table beside it carries the same numbers, and is what assistive technology reads.
 */
public record ReviewBars(List<Bar> bars, int largest) {

    public record Bar(String label, int count, int percentOfLargest) {}

    public static ReviewBars of(ReviewFigures figures) {
        List<Bar> bars = new ArrayList<>();
        int largest = Math.max(
                1,
                List.of(
                                figures.completed(),
                                figures.ongoing(),
                                figures.notStarted(),
                                figures.invalidTotal(),
                                figures.notProgressed(),
                                figures.awaitingConfirmation())
                        .stream()
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(1));
        add(bars, "Completed", figures.completed(), largest);
        add(bars, "Ongoing", figures.ongoing(), largest);
        add(bars, "Not started", figures.notStarted(), largest);
        add(bars, "Invalid", figures.invalidTotal(), largest);
        add(bars, "Not progressed", figures.notProgressed(), largest);
        add(bars, "Waiting for confirmation", figures.awaitingConfirmation(), largest);
        return new ReviewBars(bars, largest);
    }

    private static void add(List<Bar> bars, String label, int count, int largest) {
        bars.add(new Bar(label, count, Math.round(count * 100f / largest)));
    }
}
