package org.scrutiny.shared;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * How the panel writes dates and times, in pages, PDFs and emails alike: "23 March 2022",
 * "Wednesday 23 March 2022", "1:30pm". Templates reach it as {@code #format}.
 */
public final class DisplayFormats {

    public static final DisplayFormats INSTANCE = new DisplayFormats();

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private DisplayFormats() {}

    /** "23 March 2022"; empty for no date. */
    public String day(TemporalAccessor date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "Wednesday 23 March 2022". */
    public String weekday(TemporalAccessor date) {
        return date == null ? "" : WEEKDAY.format(date);
    }

    /** "1:30pm", "12:00pm". */
    public String time(TemporalAccessor time) {
        return time == null ? "" : TIME.format(time).toLowerCase(Locale.UK);
    }

    /** "23 March 2022, 13:30", for when something was done. */
    public String dayAndClock(TemporalAccessor at) {
        return at == null ? "" : DAY_AND_CLOCK.format(at);
    }

    /** For Java code that writes the same words as the templates. */
    public static String dayOf(TemporalAccessor date) {
        return INSTANCE.day(date);
    }

    public static String weekdayOf(TemporalAccessor date) {
        return INSTANCE.weekday(date);
    }

    public static String timeOf(TemporalAccessor time) {
        return INSTANCE.time(time);
    }
}
