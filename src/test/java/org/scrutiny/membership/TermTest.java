package org.scrutiny.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scrutiny.membership.domain.Term;
import org.scrutiny.shared.BusinessRuleViolation;

class TermTest {

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void a_term_includes_its_first_and_last_days() {
        Term term = new Term(day(2021, 5, 1), day(2022, 7, 19));

        assertThat(term.includes(day(2021, 5, 1))).isTrue();
        assertThat(term.includes(day(2022, 7, 19))).isTrue();
        assertThat(term.includes(day(2022, 7, 20))).isFalse();
        assertThat(term.includes(day(2021, 4, 30))).isFalse();
    }

    @Test
    void an_open_term_includes_every_later_day() {
        assertThat(new Term(day(2021, 5, 1), null).includes(day(2040, 1, 1))).isTrue();
    }

    @Test
    void terms_sharing_one_day_overlap() {
        Term first = new Term(day(2021, 5, 1), day(2022, 7, 19));

        assertThat(first.overlaps(new Term(day(2022, 7, 19), null))).isTrue();
        assertThat(first.overlaps(new Term(day(2022, 7, 20), null))).isFalse();
    }

    @Test
    void an_open_term_overlaps_any_later_term() {
        Term open = new Term(day(2021, 5, 1), null);

        assertThat(open.overlaps(new Term(day(2030, 1, 1), day(2030, 2, 1)))).isTrue();
        assertThat(new Term(day(2030, 1, 1), day(2030, 2, 1)).overlaps(open)).isTrue();
        assertThat(open.overlaps(new Term(day(2020, 1, 1), day(2021, 4, 30)))).isFalse();
    }

    @Test
    void a_term_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> new Term(day(2022, 7, 20), day(2022, 7, 19)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("end date must be the same as or after the start date");
    }
}
