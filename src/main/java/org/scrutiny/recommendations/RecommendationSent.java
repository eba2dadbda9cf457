package org.scrutiny.recommendations;

/** The panel sent the Commissioner a recommendation or a report, made at meeting {@code meetingId}. */
public record RecommendationSent(long recommendationId, long meetingId, String title, String text) {}
