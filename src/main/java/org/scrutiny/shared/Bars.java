package org.scrutiny.shared;

import java.util.List;
import java.util.Map;

/**
 * Counts as the bars of a chart, for readers who would rather look than read: each bar's length
 * is its share of the largest. A chart drawn from these always sits beside a table of the same
 * numbers, which is what assistive technology reads, and each bar carries its number as text so
 * that it reads in greyscale.
 */
public record Bars(List<Bar> bars, int largest) {

    public record Bar(String label, int count, int percentOfLargest) {}

    /** The bars of these counts, in the order given. */
    public static Bars of(List<Map.Entry<String, Integer>> counts) {
        int largest =
                Math.max(1, counts.stream().mapToInt(Map.Entry::getValue).max().orElse(1));
        return new Bars(
                counts.stream()
                        .map(count -> new Bar(
                                count.getKey(), count.getValue(), Math.round(count.getValue() * 100f / largest)))
                        .toList(),
                largest);
    }
}
