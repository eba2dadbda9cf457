package org.scrutiny.meetings;

/** A meeting was moved to another date, time or place, or cancelled; {@code change} says how, for people. */
public record MeetingChanged(long meetingId, String change) {}
