package org.scrutiny.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.shared.WorkingDays.Region;

class WorkingDaysTest {

    private final WorkingDays england = WorkingDays.of(Region.ENGLAND);

    @ParameterizedTest(name = "{0} is a bank holiday in England ({1})")
    @CsvSource({
        "2022-01-03, New Year's Day substitute (1 January 2022 was a Saturday)",
        "2022-04-15, Good Friday",
        "2022-04-18, Easter Monday",
        "2022-06-02, Spring bank holiday moved for the Platinum Jubilee",
        "2022-06-03, Platinum Jubilee bank holiday",
        "2022-09-19, State funeral of Queen Elizabeth II",
        "2022-12-26, Boxing Day",
        "2022-12-27, Christmas Day substitute (25 December 2022 was a Sunday)",
        "2023-01-02, New Year's Day substitute (1 January 2023 was a Sunday)",
        "2023-05-08, Coronation of King Charles III",
        "2024-03-29, Good Friday",
        "2024-04-01, Easter Monday",
        "2027-12-27, Christmas Day substitute (25 December 2027 is a Saturday)",
        "2027-12-28, Boxing Day substitute (26 December 2027 is a Sunday)"
    })
    void bankHolidaysIncludeSubstituteAndOneOffDays(LocalDate date, String why) {
        assertThat(england.isBankHoliday(date)).as(why).isTrue();
        assertThat(england.isWorkingDay(date)).isFalse();
    }

    @ParameterizedTest(name = "{0} is a working day")
    @CsvSource({"2022-05-30", "2022-12-28", "2023-05-09", "2022-06-01"})
    void ordinary_weekdays_are_working_days(LocalDate date) {
        assertThat(england.isWorkingDay(date)).isTrue();
    }

    @Test
    void the_spring_bank_holiday_of2022_moved_and_the_original_day_was_worked() {
        assertThat(england.isWorkingDay(LocalDate.of(2022, 5, 30))).isTrue();
        assertThat(england.isBankHoliday(LocalDate.of(2022, 6, 2))).isTrue();
    }

    @Test
    void weekends_never_count() {
        assertThat(england.isWorkingDay(LocalDate.of(2022, 3, 19))).isFalse();
        assertThat(england.isWorkingDay(LocalDate.of(2022, 3, 20))).isFalse();
    }

    @Test
    void wales_has_its_own_calendar() {
        WorkingDays wales = WorkingDays.of(Region.WALES);
        assertThat(wales.isBankHoliday(LocalDate.of(2023, 5, 8))).isTrue();
        assertThat(wales.isBankHoliday(LocalDate.of(2022, 12, 27))).isTrue();
    }

    @ParameterizedTest(name = "a meeting on {0} with {1} clear working days: publish by {2}")
    @CsvSource({
        // The seed: the Cambridgeshire panel's meeting of Wednesday 23 March 2022.
        "2022-03-23, 5, 2022-03-15",
        // The Platinum Jubilee week: 2 and 3 June 2022 do not count.
        "2022-06-08, 5, 2022-05-27",
        // The coronation and the early May bank holiday of 2023.
        "2023-05-10, 5, 2023-04-28",
        // Christmas and New Year 2022/23 with their substitute days.
        "2023-01-04, 5, 2022-12-22",
        // Easter 2024.
        "2024-04-03, 5, 2024-03-22",
        // A panel that promises six working days.
        "2022-03-23, 6, 2022-03-14",
        // A meeting on a Monday: the weekend before it is not clear working time.
        "2022-03-28, 5, 2022-03-18"
    })
    void the_latest_publication_date_leaves_the_clear_working_days(LocalDate meeting, int days, LocalDate latest) {
        LocalDate computed = england.latestDayWithClearWorkingDaysBefore(meeting, days);

        assertThat(computed).isEqualTo(latest);
        assertThat(england.clearWorkingDaysBetween(computed, meeting)).isEqualTo(days);
        assertThat(england.clearWorkingDaysBetween(england.workingDaysAfter(computed, 1), meeting))
                .isEqualTo(days - 1);
    }

    @ParameterizedTest(name = "the {1} working day after {0} is {2}")
    @CsvSource({
        // The seed: agenda published Tuesday 15 March 2022, questions by Friday 18 March.
        "2022-03-15, 3, 2022-03-18",
        "2022-05-27, 3, 2022-06-01",
        "2022-12-22, 3, 2022-12-29",
        "2022-06-01, 1, 2022-06-06",
        "2023-05-05, 1, 2023-05-09"
    })
    void working_days_after_skip_weekends_and_bank_holidays(LocalDate start, int n, LocalDate expected) {
        assertThat(england.workingDaysAfter(start, n)).isEqualTo(expected);
    }

    @Test
    void the_working_days_between_two_days_leave_out_the_first_and_the_easter_bank_holidays() {
        // After Thursday 14 April 2022: Good Friday and Easter Monday are not working days.
        assertThat(england.workingDaysBetween(LocalDate.of(2022, 4, 14), LocalDate.of(2022, 4, 25)))
                .isEqualTo(5);
        assertThat(england.workingDaysBetween(LocalDate.of(2022, 4, 14), LocalDate.of(2022, 4, 14)))
                .isZero();
        assertThat(england.workingDaysBetween(LocalDate.of(2022, 4, 25), LocalDate.of(2022, 4, 14)))
                .isZero();
    }
}
