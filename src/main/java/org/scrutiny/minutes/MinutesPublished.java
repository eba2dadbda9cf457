package org.scrutiny.minutes;

/** A meeting's minutes were published, as a draft until the next meeting approves them. */
public record MinutesPublished(long meetingId) {}
