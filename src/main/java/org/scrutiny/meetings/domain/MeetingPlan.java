package org.scrutiny.meetings.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import org.scrutiny.meetings.MeetingKind;

/**
 * A meeting to put in the work programme: its kind, an optional title, the date (with a note
 * while it is provisional, such as "to be confirmed"), the start time, and whether it is confirmed.
 */
public record MeetingPlan(
        MeetingKind kind, String title, LocalDate date, String dateNote, LocalTime startTime, boolean confirmed) {

    /** A confirmed meeting of {@code kind} on {@code date} at {@code startTime}, with no title or note. */
    public static MeetingPlan confirmed(MeetingKind kind, LocalDate date, LocalTime startTime) {
        return new MeetingPlan(kind, null, date, null, startTime, true);
    }

    /** A provisional meeting of {@code kind} on {@code date}, its time to be settled. */
    public static MeetingPlan provisional(MeetingKind kind, LocalDate date) {
        return new MeetingPlan(kind, null, date, null, null, false);
    }
}
