package org.scrutiny.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.scrutiny.shared.web.DateInput;
import org.scrutiny.shared.web.TimeInput;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

class FormInputTest {

    public static class Form {
        private DateInput date = new DateInput();
        private String time;

        public DateInput getDate() {
            return date;
        }

        public String getTime() {
            return time;
        }
    }

    private static DateInput date(String day, String month, String year) {
        DateInput input = new DateInput();
        input.setDay(day);
        input.setMonth(month);
        input.setYear(year);
        return input;
    }

    private static String firstMessage(BindingResult result) {
        return result.getFieldError().getDefaultMessage();
    }

    @Test
    void a_real_date_is_read() {
        BindingResult result = new BeanPropertyBindingResult(new Form(), "form");

        assertThat(date("23", "3", "2022").toDate(result, "date", "the date", true))
                .isEqualTo(LocalDate.of(2022, 3, 23));
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void the_thirty_first_of_february_is_not_a_real_date() {
        BindingResult result = new BeanPropertyBindingResult(new Form(), "form");

        assertThat(date("31", "2", "2027").toDate(result, "date", "the date", true))
                .isNull();
        assertThat(firstMessage(result)).isEqualTo("The date must be a real date, like 23 3 2022");
    }

    @Test
    void letters_are_not_a_date() {
        BindingResult result = new BeanPropertyBindingResult(new Form(), "form");

        assertThat(date("next", "Tuesday", "2027").toDate(result, "date", "the date", true))
                .isNull();
        assertThat(firstMessage(result)).contains("must be a real date");
    }

    @Test
    void a_missing_part_is_named() {
        BindingResult result = new BeanPropertyBindingResult(new Form(), "form");

        date("23", "", "").toDate(result, "date", "the date", true);
        assertThat(firstMessage(result)).isEqualTo("The date must include a month and year");
    }

    @Test
    void a_two_digit_year_is_refused() {
        BindingResult result = new BeanPropertyBindingResult(new Form(), "form");

        date("23", "3", "22").toDate(result, "date", "the date", true);
        assertThat(firstMessage(result)).contains("4-digit year");
    }

    @Test
    void an_optional_blank_date_is_no_date_and_no_error() {
        BindingResult result = new BeanPropertyBindingResult(new Form(), "form");

        assertThat(new DateInput().toDate(result, "date", "the end date", false))
                .isNull();
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void times_are_read_as_agendas_write_them() {
        BindingResult result = new BeanPropertyBindingResult(new Form(), "form");

        assertThat(TimeInput.parse("13:30", result, "time", "the time", true)).isEqualTo(LocalTime.of(13, 30));
        assertThat(TimeInput.parse("1:30pm", result, "time", "the time", true)).isEqualTo(LocalTime.of(13, 30));
        assertThat(TimeInput.parse("1.30 PM", result, "time", "the time", true)).isEqualTo(LocalTime.of(13, 30));
        assertThat(TimeInput.parse("12pm", result, "time", "the time", true)).isEqualTo(LocalTime.NOON);
        assertThat(TimeInput.parse("12am", result, "time", "the time", true)).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void an_impossible_time_is_refused() {
        BindingResult result = new BeanPropertyBindingResult(new Form(), "form");

        assertThat(TimeInput.parse("25:00", result, "time", "the start time", true))
                .isNull();
        assertThat(firstMessage(result)).isEqualTo("The start time must be a real time, like 13:30 or 1:30pm");
    }
}
