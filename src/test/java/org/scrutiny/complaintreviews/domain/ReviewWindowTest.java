package org.scrutiny.complaintreviews.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewWindowTest {

    @Test
    void the_28_days_begin_with_the_day_after_the_outcome_so_the_last_day_is_the_outcome_plus_28() {
        ReviewWindow window = new ReviewWindow(LocalDate.of(2022, 3, 1));

        assertThat(window.firstDay()).isEqualTo(LocalDate.of(2022, 3, 2));
        assertThat(window.lastDay()).isEqualTo(LocalDate.of(2022, 3, 29));
        assertThat(window.allows(LocalDate.of(2022, 3, 29))).isTrue();
        assertThat(window.allows(LocalDate.of(2022, 3, 30))).isFalse();
    }

    @Test
    void a_february_of_28_days_ends_the_window_on_the_same_day_of_march() {
        ReviewWindow window = new ReviewWindow(LocalDate.of(2022, 2, 1));

        assertThat(window.lastDay()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(window.allows(LocalDate.of(2022, 3, 1))).isTrue();
        assertThat(window.allows(LocalDate.of(2022, 3, 2))).isFalse();
    }

    @Test
    void in_a_leap_year_the_29th_of_february_is_one_of_the_28_days() {
        ReviewWindow window = new ReviewWindow(LocalDate.of(2024, 2, 1));

        assertThat(window.lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(window.allows(LocalDate.of(2024, 3, 1))).isFalse();
    }

    @Test
    void calendar_days_count_so_christmas_and_bank_holidays_do_not_extend_it() {
        ReviewWindow window = new ReviewWindow(LocalDate.of(2021, 12, 10));

        assertThat(window.lastDay()).isEqualTo(LocalDate.of(2022, 1, 7));
    }
}
