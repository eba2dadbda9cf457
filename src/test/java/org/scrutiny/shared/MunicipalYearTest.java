package org.scrutiny.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

class MunicipalYearTest {

    @Test
    void a_february_meeting_belongs_to_the_year_that_started_the_may_before() {
        MunicipalYear year = MunicipalYear.containing(LocalDate.of(2022, 2, 2), Month.MAY);

        assertThat(year.startYear()).isEqualTo(2021);
        assertThat(year.label()).isEqualTo("2021/22");
    }

    @Test
    void the_year_turns_on_the_first_of_the_starting_month() {
        assertThat(MunicipalYear.containing(LocalDate.of(2023, 4, 30), Month.MAY)
                        .label())
                .isEqualTo("2022/23");
        assertThat(MunicipalYear.containing(LocalDate.of(2023, 5, 1), Month.MAY).label())
                .isEqualTo("2023/24");
    }

    @Test
    void a_panel_may_start_its_year_in_another_month() {
        MunicipalYear june = MunicipalYear.containing(LocalDate.of(2023, 5, 20), Month.JUNE);

        assertThat(june.label()).isEqualTo("2022/23");
        assertThat(june.firstDay()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(june.lastDay()).isEqualTo(LocalDate.of(2023, 5, 31));
    }

    @Test
    void a_year_starting_in_january_is_named_by_one_calendar_year() {
        assertThat(MunicipalYear.containing(LocalDate.of(2024, 3, 13), Month.JANUARY)
                        .label())
                .isEqualTo("2024");
    }

    @Test
    void the_century_boundary_is_written_with_two_digits() {
        assertThat(new MunicipalYear(2099, Month.MAY).label()).isEqualTo("2099/00");
    }

    @Test
    void a_year_contains_its_first_and_last_days_and_nothing_outside() {
        MunicipalYear year = new MunicipalYear(2022, Month.MAY);

        assertThat(year.contains(LocalDate.of(2022, 5, 1))).isTrue();
        assertThat(year.contains(LocalDate.of(2023, 4, 30))).isTrue();
        assertThat(year.contains(LocalDate.of(2023, 5, 1))).isFalse();
        assertThat(year.contains(LocalDate.of(2022, 4, 30))).isFalse();
    }
}
