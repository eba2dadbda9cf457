package org.scrutiny.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting as other modules see it. */
public record MeetingSummary(
        long id,
        MeetingKind kind,
        String name,
        LocalDate date,
        LocalTime startTime,
        String venue,
        MeetingStatus status) {}
