package org.scrutiny.precept.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.VetoThreshold;

class PreceptYearTest {

    @ParameterizedTest(name = "{0} members: a veto needs {1}")
    @CsvSource({"10,7", "11,8", "12,8", "13,9", "14,10", "15,10", "16,11", "17,12", "18,12", "19,13", "20,14"})
    void a_veto_needs_two_thirds_of_the_whole_membership_rounded_up(int members, int needed) {
        assertThat(VetoThreshold.of(members)).isEqualTo(needed);
    }

    private static PreceptYear year2022() {
        return PreceptYear.notified(new PreceptYear.Notification(
                2022,
                LocalDate.of(2022, 1, 21),
                new BigDecimal("9.99"),
                null,
                null,
                "Proposed rise of £9.99 for Band D"));
    }

    @Test
    void the_statutory_timetable_falls_on_the_same_dates_every_year() {
        for (int year : new int[] {2022, 2023, 2024, 2025, 2026}) {
            PreceptYear precept = PreceptYear.notified(new PreceptYear.Notification(
                    year,
                    LocalDate.of(year, 1, 20),
                    new BigDecimal("10.00"),
                    new BigDecimal("250.00"),
                    new BigDecimal("260.00"),
                    null));
            assertThat(precept.timetable())
                    .extracting(PreceptYear.Step::deadline)
                    .containsExactly(
                            LocalDate.of(year, 2, 1),
                            LocalDate.of(year, 2, 8),
                            LocalDate.of(year, 2, 15),
                            LocalDate.of(year, 2, 22),
                            LocalDate.of(year, 3, 1));
            assertThat(precept.changeInPercent()).isEqualByComparingTo("4.00");
        }
    }

    @Test
    void a_veto_carried_on_9_february_is_recorded_but_has_no_effect() {
        PreceptYear precept = year2022();
        precept.recordVote(
                1,
                LocalDate.of(2022, 2, 9),
                13,
                new PreceptYear.Vote(
                        9, PreceptYear.VetoReason.TOO_HIGH, "The Panel vetoed the proposed precept.", null));

        assertThat(precept.isVetoCarried()).isTrue();
        assertThat(precept.isVetoEffective()).isFalse();
        assertThat(precept.timetable().get(2).applies())
                .as("no revised precept is needed")
                .isFalse();
        assertThatThrownBy(() -> precept.revise(LocalDate.of(2022, 2, 14), new BigDecimal("5.00")))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("no veto in effect");
    }

    @Test
    void one_vote_short_of_two_thirds_is_no_veto() {
        PreceptYear precept = year2022();
        precept.recordVote(
                1,
                LocalDate.of(2022, 2, 2),
                13,
                new PreceptYear.Vote(8, null, "The Panel did not veto the precept.", null));

        assertThat(precept.getVetoThreshold()).isEqualTo(9);
        assertThat(precept.isVetoCarried()).isFalse();
    }

    @Test
    void the_revised_precept_must_move_the_way_the_veto_said() {
        PreceptYear tooHigh = year2022();
        tooHigh.recordVote(
                1,
                LocalDate.of(2022, 2, 7),
                12,
                new PreceptYear.Vote(8, PreceptYear.VetoReason.TOO_HIGH, "Vetoed as too high.", null));
        assertThatThrownBy(() -> tooHigh.revise(LocalDate.of(2022, 2, 14), new BigDecimal("9.99")))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("must be lower");
        assertThatThrownBy(() -> tooHigh.revise(LocalDate.of(2022, 2, 14), new BigDecimal("12.00")))
                .hasMessageContaining("the rise must be less than £9.99");
        tooHigh.revise(LocalDate.of(2022, 2, 14), new BigDecimal("4.99"));
        assertThat(tooHigh.getRevisedIncrease()).isEqualByComparingTo("4.99");

        PreceptYear tooLow = year2022();
        tooLow.recordVote(
                1,
                LocalDate.of(2022, 2, 7),
                12,
                new PreceptYear.Vote(10, PreceptYear.VetoReason.TOO_LOW, "Vetoed as too low.", null));
        assertThatThrownBy(() -> tooLow.revise(LocalDate.of(2022, 2, 14), new BigDecimal("5.00")))
                .hasMessageContaining("must be higher");
        tooLow.revise(LocalDate.of(2022, 2, 14), new BigDecimal("14.99"));
    }

    @Test
    void after_a_veto_the_commissioner_responds_only_to_the_second_report() {
        PreceptYear precept = year2022();
        precept.recordVote(
                1,
                LocalDate.of(2022, 2, 2),
                12,
                new PreceptYear.Vote(8, PreceptYear.VetoReason.TOO_HIGH, "Vetoed.", "Too steep a rise."));
        precept.report(LocalDate.of(2022, 2, 3), () -> 7L);
        assertThatThrownBy(() -> precept.respond(LocalDate.of(2022, 2, 10), new BigDecimal("5.00")))
                .hasMessageContaining("second report");
        precept.revise(LocalDate.of(2022, 2, 14), new BigDecimal("5.00"));
        precept.secondReport(LocalDate.of(2022, 2, 21), "The Panel accepts the revised precept.");
        precept.respond(LocalDate.of(2022, 2, 28), new BigDecimal("5.00"));
        assertThat(precept.timetable()).allMatch(step -> step.done() != null && !step.isLate());
    }

    @Test
    void a_notification_received_outside_the_year_before_its_financial_year_is_refused() {
        assertThatThrownBy(() -> PreceptYear.notified(new PreceptYear.Notification(
                        2023, LocalDate.of(2024, 1, 25), new BigDecimal("15.00"), null, null, null)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessage("The notification for 2023/24 must be received between 1 April 2022 and 31 March 2023");
    }

    @Test
    void band_d_figures_that_do_not_match_the_change_are_refused() {
        assertThatThrownBy(() -> PreceptYear.notified(new PreceptYear.Notification(
                        2023,
                        LocalDate.of(2023, 1, 25),
                        new BigDecimal("15.00"),
                        new BigDecimal("250.00"),
                        new BigDecimal("260.00"),
                        null)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("is £10.00, not the £15.00");
    }

    @Test
    void each_step_after_the_vote_happens_once() {
        PreceptYear precept = year2022();
        precept.recordVote(
                1,
                LocalDate.of(2022, 2, 2),
                12,
                new PreceptYear.Vote(8, PreceptYear.VetoReason.TOO_HIGH, "Vetoed.", null));
        precept.report(LocalDate.of(2022, 2, 3), () -> 7L);
        assertThatThrownBy(() -> precept.report(LocalDate.of(2022, 2, 4), () -> 8L))
                .hasMessageContaining("already reported");
        assertThat(precept.getReportRecommendationId()).isEqualTo(7L);

        precept.revise(LocalDate.of(2022, 2, 14), new BigDecimal("5.00"));
        assertThatThrownBy(() -> precept.revise(LocalDate.of(2022, 2, 15), new BigDecimal("4.00")))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("cannot be recorded again");
        assertThat(precept.getRevisedIncrease()).isEqualByComparingTo("5.00");

        precept.secondReport(LocalDate.of(2022, 2, 21), "The Panel accepts the revised precept.");
        assertThatThrownBy(() -> precept.secondReport(LocalDate.of(2022, 2, 22), "Again."))
                .hasMessageContaining("cannot report on it again");
        assertThat(precept.getSecondReportText()).isEqualTo("The Panel accepts the revised precept.");

        precept.respond(LocalDate.of(2022, 2, 28), new BigDecimal("5.00"));
        assertThatThrownBy(() -> precept.respond(LocalDate.of(2022, 3, 1), new BigDecimal("6.00")))
                .hasMessageContaining("already recorded");
        assertThat(precept.getFinalIncrease()).isEqualByComparingTo("5.00");
    }

    @Test
    void a_report_that_is_refused_puts_nothing_in_the_tracker() {
        PreceptYear precept = year2022();
        precept.recordVote(1, LocalDate.of(2022, 2, 2), 12, new PreceptYear.Vote(0, null, "Not vetoed.", null));
        assertThatThrownBy(() -> precept.report(LocalDate.of(2022, 2, 1), () -> {
                    throw new AssertionError("the tracker must not be written to for a refused report");
                }))
                .hasMessageContaining("before the meeting");
        assertThat(precept.getReportOn()).isNull();
    }
}
