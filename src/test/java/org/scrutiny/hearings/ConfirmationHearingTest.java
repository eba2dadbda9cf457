package org.scrutiny.hearings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scrutiny.hearings.domain.ConfirmationHearing;
import org.scrutiny.shared.BusinessRuleViolation;

class ConfirmationHearingTest {

    private static ConfirmationHearing chiefConstable(LocalDate received) {
        return ConfirmationHearing.proposed(
                new ConfirmationHearing.Proposal(
                        ConfirmationHearing.Post.CHIEF_CONSTABLE, "A Candidate", null, null, received),
                null);
    }

    @Test
    void the_panel_has_three_weeks_beginning_with_the_day_of_receipt() {
        assertThat(chiefConstable(LocalDate.of(2022, 1, 3)).deadline()).isEqualTo(LocalDate.of(2022, 1, 23));
        assertThat(chiefConstable(LocalDate.of(2023, 12, 20)).deadline()).isEqualTo(LocalDate.of(2024, 1, 9));
    }

    @Test
    void only_a_chief_constable_candidate_can_be_vetoed_and_then_not_appointed() {
        ConfirmationHearing chief = chiefConstable(LocalDate.of(2030, 3, 4));
        assertThat(chief.isVetoAllowed()).isTrue();
        chief.recommend(
                new ConfirmationHearing.Report(
                        1, 8, "The Panel does not support the appointment.", LocalDate.of(2030, 3, 21)),
                LocalDate.of(2030, 3, 20),
                12);
        assertThat(chief.getVetoThreshold()).isEqualTo(8);
        assertThat(chief.isVetoed()).isTrue();
        assertThatThrownBy(() -> chief.decide(ConfirmationHearing.Decision.APPOINTED, LocalDate.of(2030, 3, 25)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("must propose another");

        ConfirmationHearing deputy = ConfirmationHearing.proposed(
                new ConfirmationHearing.Proposal(
                        ConfirmationHearing.Post.DEPUTY_COMMISSIONER,
                        "B Candidate",
                        null,
                        null,
                        LocalDate.of(2030, 3, 4)),
                null);
        assertThat(deputy.isVetoAllowed()).isFalse();
        assertThatThrownBy(() -> deputy.recommend(
                        new ConfirmationHearing.Report(1, 9, "No.", LocalDate.of(2030, 3, 21)),
                        LocalDate.of(2030, 3, 20),
                        12))
                .hasMessageContaining("cannot veto the appointment of a Deputy Police and Crime Commissioner");
    }

    @Test
    void a_further_candidate_after_a_veto_gets_a_hearing_without_one() {
        ConfirmationHearing first = chiefConstable(LocalDate.of(2030, 3, 4));
        first.recommend(
                new ConfirmationHearing.Report(1, 8, "Vetoed.", LocalDate.of(2030, 3, 21)),
                LocalDate.of(2030, 3, 20),
                12);
        ConfirmationHearing second = ConfirmationHearing.proposed(
                new ConfirmationHearing.Proposal(
                        ConfirmationHearing.Post.CHIEF_CONSTABLE, "C Candidate", null, null, LocalDate.of(2030, 4, 1)),
                first);

        assertThat(second.isVetoAllowed()).isFalse();
        assertThatThrownBy(() -> second.recommend(
                        new ConfirmationHearing.Report(1, 10, "Vetoed again.", LocalDate.of(2030, 4, 15)),
                        LocalDate.of(2030, 4, 15),
                        12))
                .hasMessageContaining("A candidate proposed after a veto cannot be vetoed");
        second.recommend(
                new ConfirmationHearing.Report(
                        1, null, "The Panel recommends the appointment.", LocalDate.of(2030, 4, 16)),
                LocalDate.of(2030, 4, 15),
                12);
        second.decide(ConfirmationHearing.Decision.APPOINTED, LocalDate.of(2030, 4, 20));
        assertThat(second.getDecision()).isEqualTo(ConfirmationHearing.Decision.APPOINTED);
    }

    @Test
    void without_a_report_the_commissioner_may_decide_once_the_three_weeks_have_passed() {
        ConfirmationHearing chief = chiefConstable(LocalDate.of(2030, 3, 4));
        assertThatThrownBy(() -> chief.decide(ConfirmationHearing.Decision.APPOINTED, LocalDate.of(2030, 3, 24)))
                .hasMessageContaining("once the three weeks have passed");
        chief.decide(ConfirmationHearing.Decision.APPOINTED, LocalDate.of(2030, 3, 25));
    }
}
