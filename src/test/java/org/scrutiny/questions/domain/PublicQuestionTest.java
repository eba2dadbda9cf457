package org.scrutiny.questions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.agenda.domain.NoticeRules;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.London;
import org.scrutiny.shared.WorkingDays;

class PublicQuestionTest {

    private static final WorkingDays ENGLAND = WorkingDays.of(WorkingDays.Region.ENGLAND);

    private static Instant london(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, London.ZONE)
                .toInstant();
    }

    private static PublicQuestion sentAt(Instant at, LocalDateTime deadline) {
        return new PublicQuestion(
                1,
                QuestionKind.QUESTION,
                "How many PCSOs are there?",
                "Jo Bloggs",
                " Jo@Example.com ",
                "Fenland District Council",
                false,
                true,
                at,
                deadline);
    }

    @Test
    void a_question_at_11_59_on_the_deadline_day_is_in_time_and_one_at_12_00_is_late() {
        // Cambridgeshire: 12 noon on the third working day after publication. The agenda of
        // 23 March 2022 was published on Tuesday 15 March, so the deadline was Friday 18 March.
        LocalDateTime deadline =
                NoticeRules.defaults().questionDeadline(ENGLAND, LocalDate.of(2022, 3, 23), LocalDate.of(2022, 3, 15));
        assertThat(deadline).isEqualTo(LocalDateTime.of(2022, 3, 18, 12, 0));

        assertThat(sentAt(london(2022, 3, 18, 11, 59), deadline).isLate()).isFalse();
        assertThat(sentAt(london(2022, 3, 18, 12, 0), deadline).isLate()).isTrue();
        assertThat(sentAt(london(2022, 3, 21, 9, 0), deadline).isLate()).isTrue();
    }

    @Test
    void in_a_bank_holiday_week_the_deadline_skips_the_holidays_and_the_boundary_holds_in_summer_time() {
        // Published on Thursday 14 April 2022: Good Friday and Easter Monday do not count, so the
        // third working day is Thursday 21 April (British Summer Time).
        LocalDateTime deadline =
                NoticeRules.defaults().questionDeadline(ENGLAND, LocalDate.of(2022, 4, 27), LocalDate.of(2022, 4, 14));
        assertThat(deadline).isEqualTo(LocalDateTime.of(2022, 4, 21, 12, 0));

        assertThat(sentAt(london(2022, 4, 21, 11, 59), deadline).isLate()).isFalse();
        assertThat(sentAt(london(2022, 4, 21, 12, 0), deadline).isLate()).isTrue();
        assertThat(sentAt(london(2022, 4, 18, 16, 0), deadline).isLate())
                .as("sent on Easter Monday, before the deadline")
                .isFalse();
    }

    @Test
    void the_email_address_is_kept_in_one_form_so_the_limit_per_person_counts_every_spelling() {
        assertThat(sentAt(Instant.now(), LocalDateTime.MAX).getEmail()).isEqualTo("jo@example.com");
    }

    @Test
    void a_rejection_needs_a_reason_and_a_decided_question_cannot_be_decided_again() {
        PublicQuestion question = sentAt(Instant.now(), LocalDateTime.MAX);
        assertThatThrownBy(() -> question.reject(" ", null, Instant.now()))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("reason");

        question.referToChair("Late: for the Chair", Instant.now());
        question.reject("It is about a live complaint or legal proceedings", null, Instant.now());

        assertThat(question.getStatus()).isEqualTo(PublicQuestion.Status.REJECTED);
        assertThatThrownBy(() -> question.accept(null, Instant.now())).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> question.referToChair(null, Instant.now())).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void only_an_accepted_question_is_answered_and_a_statement_is_heard_not_answered() {
        PublicQuestion question = sentAt(Instant.now(), LocalDateTime.MAX);
        assertThatThrownBy(() -> question.answer(PublicQuestion.AnswerKind.ORAL, "Forty", LocalDate.now()))
                .isInstanceOf(BusinessRuleViolation.class);
        question.accept(null, Instant.now());
        question.answer(PublicQuestion.AnswerKind.WRITTEN, "There are 32 PCSOs.", LocalDate.of(2022, 3, 23));
        assertThat(question.isAnswered()).isTrue();

        PublicQuestion statement = new PublicQuestion(
                1,
                QuestionKind.STATEMENT,
                "Thank you for the survey.",
                "A",
                "a@example.com",
                null,
                true,
                false,
                Instant.now(),
                LocalDateTime.MAX);
        statement.accept(null, Instant.now());
        assertThatThrownBy(() -> statement.answer(PublicQuestion.AnswerKind.ORAL, "Noted", LocalDate.now()))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void erasing_forgets_the_person_but_keeps_the_question_and_its_answer() {
        PublicQuestion question = sentAt(Instant.now(), LocalDateTime.MAX);
        question.accept(null, Instant.now());
        question.answer(PublicQuestion.AnswerKind.WRITTEN, "There are 32 PCSOs.", LocalDate.of(2022, 3, 23));
        assertThat(question.publicName()).isEqualTo("Jo Bloggs");

        question.erasePersonalData(Instant.now());

        assertThat(question.getName()).isNull();
        assertThat(question.getEmail()).isNull();
        assertThat(question.getArea()).isNull();
        assertThat(question.publicName()).isEqualTo("A member of the public");
        assertThat(question.getText()).isEqualTo("How many PCSOs are there?");
        assertThat(question.getAnswer()).isEqualTo("There are 32 PCSOs.");
    }

    @Test
    void words_are_counted_as_people_count_them() {
        assertThat(QuestionRules.wordsIn("How many PCSOs - in 2022/23 - are there?"))
                .as("the dashes are not words")
                .isEqualTo(7);
        assertThat(QuestionRules.wordsIn("  ")).isZero();
        assertThat(QuestionRules.wordsIn("Officer's\u00a0well-being\nmatters")).isEqualTo(3);
    }

    @Test
    void the_panel_s_rules_refuse_an_empty_list_of_reasons_and_silly_limits() {
        QuestionRules rules = QuestionRules.defaults();
        assertThatThrownBy(() -> rules.change(300, 2, true, List.of(" ", "")))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> rules.change(5, 2, true, List.of("Offensive")))
                .isInstanceOf(BusinessRuleViolation.class);
        rules.change(500, 1, false, List.of(" Offensive ", "Offensive", "Not in the remit"));
        assertThat(rules.reasons()).containsExactly("Offensive", "Not in the remit");
    }
}
