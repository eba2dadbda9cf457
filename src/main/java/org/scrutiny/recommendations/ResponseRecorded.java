package org.scrutiny.recommendations;

/** The Commissioner's response to a recommendation or report was recorded. */
public record ResponseRecorded(long recommendationId, long meetingId, String title, String outcome) {}
