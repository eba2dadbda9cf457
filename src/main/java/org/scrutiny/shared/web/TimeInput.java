package org.scrutiny.shared.web;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

/** Reads a time of day as people write it on agendas: "13:30", "1:30pm", "1.30 pm". */
public final class TimeInput {

    private static final Pattern TIME =
            Pattern.compile("^(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?$", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("HH:mm");

    private TimeInput() {}

    public static String format(LocalTime time) {
        return time == null ? "" : DISPLAY.format(time);
    }

    public static LocalTime parse(String text, Errors errors, String field, String label, boolean required) {
        if (!StringUtils.hasText(text)) {
            if (required) {
                errors.rejectValue(field, "time.required", "Enter " + label);
            }
            return null;
        }
        Matcher matcher = TIME.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            int hour = Integer.parseInt(matcher.group(1));
            int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
            String half = matcher.group(3);
            if (half != null) {
                if (hour < 1 || hour > 12) {
                    hour = -1;
                } else {
                    hour = hour % 12 + ("pm".equals(half) ? 12 : 0);
                }
            }
            if (hour >= 0 && hour < 24 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        errors.rejectValue(
                field, "time.invalid", Sentences.capitalise(label) + " must be a real time, like 13:30 or 1:30pm");
        return null;
    }
}
