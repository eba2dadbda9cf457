package org.scrutiny.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A meeting as other modules see it. */
public record MeetingSummary(
        long id,
        MeetingKind kind,
        String name,
        LocalDate date,
        LocalTime startTime,
        String venue,
        MeetingStatus status) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    /** When and where, as an email or a letter says it: "Wednesday 23 March 2022 at 1:30pm, Engine Shed". */
    public String whenAndWhere() {
        return DAY.format(date)
                + (startTime == null ? "" : " at " + TIME.format(startTime).toLowerCase(Locale.UK))
                + (venue == null ? "" : ", " + venue);
    }
}
