package org.scrutiny.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

/**
 * The three boxes of a GOV.UK date input. Kept as text so that whatever a person types comes
 * back to them with a message, never a conversion error.
 */
public class DateInput {

    private String day = "";
    private String month = "";
    private String year = "";

    public DateInput() {}

    public static DateInput of(LocalDate date) {
        DateInput input = new DateInput();
        if (date != null) {
            input.day = Integer.toString(date.getDayOfMonth());
            input.month = Integer.toString(date.getMonthValue());
            input.year = Integer.toString(date.getYear());
        }
        return input;
    }

    public boolean isBlank() {
        return !StringUtils.hasText(day) && !StringUtils.hasText(month) && !StringUtils.hasText(year);
    }

    /**
     * The date typed, or null after recording on {@code errors} a message that follows the GOV.UK
     * date input guidance (what is missing, or that the date must be real).
     */
    public LocalDate toDate(Errors errors, String field, String label, boolean required) {
        if (isBlank()) {
            if (required) {
                errors.rejectValue(field, "date.required", "Enter " + label);
            }
            return null;
        }
        StringBuilder missing = new StringBuilder();
        if (!StringUtils.hasText(day)) missing.append("day");
        if (!StringUtils.hasText(month)) missing.append(missing.isEmpty() ? "month" : " and month");
        if (!StringUtils.hasText(year)) missing.append(missing.isEmpty() ? "year" : " and year");
        if (!missing.isEmpty()) {
            errors.rejectValue(field, "date.incomplete", Sentences.capitalise(label) + " must include a " + missing);
            return null;
        }
        try {
            int y = Integer.parseInt(year.trim());
            int m = Integer.parseInt(month.trim());
            int d = Integer.parseInt(day.trim());
            if (y < 1900 || y > 2200) {
                errors.rejectValue(field, "date.year", "Year must be a 4-digit year between 1900 and 2200");
                return null;
            }
            return LocalDate.of(y, m, d);
        } catch (NumberFormatException | DateTimeException e) {
            errors.rejectValue(
                    field, "date.invalid", Sentences.capitalise(label) + " must be a real date, like 23 3 2022");
            return null;
        }
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
