package org.scrutiny.agenda.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.scrutiny.agenda.MeetingNotice.Urgency;
import org.scrutiny.agenda.QuestionDeadlineRule;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.MeetingStatus;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.WorkingDays;
import org.scrutiny.shared.WorkingDays.Region;

class NoticeRulesTest {

    private static final LocalDate WEDNESDAY_23_MARCH_2022 = LocalDate.of(2022, 3, 23);
    private static final WorkingDays ENGLAND = WorkingDays.of(Region.ENGLAND);

    private static MeetingSummary meetingOn(LocalDate date) {
        return new MeetingSummary(
                1,
                MeetingKind.ORDINARY,
                "Meeting",
                date,
                LocalTime.of(13, 30),
                "Sand Martin House",
                MeetingStatus.CONFIRMED);
    }

    @Test
    void the_seed_meeting_must_be_published_by_tuesday15_march_with_questions_by_noon_on_friday18_march() {
        NoticeRules cambridgeshire = NoticeRules.defaults();

        LocalDate latest = cambridgeshire.latestPublication(ENGLAND, WEDNESDAY_23_MARCH_2022);

        assertThat(latest).isEqualTo(LocalDate.of(2022, 3, 15));
        assertThat(cambridgeshire.questionDeadline(ENGLAND, WEDNESDAY_23_MARCH_2022, latest))
                .isEqualTo(LocalDateTime.of(2022, 3, 18, 12, 0));
        assertThat(cambridgeshire.describeQuestionRule())
                .isEqualTo("12 noon on the 3rd working day after the agenda is published");
    }

    @Test
    void an_agenda_published_earlier_moves_a_publication_based_deadline_earlier() {
        NoticeRules cambridgeshire = NoticeRules.defaults();

        assertThat(cambridgeshire.questionDeadline(ENGLAND, WEDNESDAY_23_MARCH_2022, LocalDate.of(2022, 3, 11)))
                .isEqualTo(LocalDateTime.of(2022, 3, 16, 12, 0));
    }

    @Test
    void a_deadline_in_clear_working_days_before_the_meeting() {
        NoticeRules rules =
                new NoticeRules(5, QuestionDeadlineRule.CLEAR_WORKING_DAYS_BEFORE_MEETING, 3, LocalTime.of(17, 0));

        assertThat(rules.questionDeadline(ENGLAND, WEDNESDAY_23_MARCH_2022, LocalDate.of(2022, 3, 15)))
                .isEqualTo(LocalDateTime.of(2022, 3, 17, 17, 0));
        // Across the Platinum Jubilee: 7, 6 and 1 June are the three clear days before Wednesday 8 June 2022.
        assertThat(rules.questionDeadline(ENGLAND, LocalDate.of(2022, 6, 8), LocalDate.of(2022, 5, 27)))
                .isEqualTo(LocalDateTime.of(2022, 5, 31, 17, 0));
    }

    @Test
    void a_deadline_in_calendar_days_before_the_meeting() {
        NoticeRules rules = new NoticeRules(5, QuestionDeadlineRule.CALENDAR_DAYS_BEFORE_MEETING, 7, LocalTime.NOON);

        assertThat(rules.questionDeadline(ENGLAND, WEDNESDAY_23_MARCH_2022, LocalDate.of(2022, 3, 15)))
                .isEqualTo(LocalDateTime.of(2022, 3, 16, 12, 0));
    }

    @Test
    void a_panel_may_promise_more_notice_but_never_less_than_the_law() {
        NoticeRules six = new NoticeRules(6, QuestionDeadlineRule.WORKING_DAYS_AFTER_PUBLICATION, 3, LocalTime.NOON);
        assertThat(six.latestPublication(ENGLAND, WEDNESDAY_23_MARCH_2022)).isEqualTo(LocalDate.of(2022, 3, 14));

        assertThatThrownBy(() -> six.change(new NoticeRules.Change(
                        4, QuestionDeadlineRule.WORKING_DAYS_AFTER_PUBLICATION, 3, LocalTime.NOON)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("at least 5 clear working days");
    }

    @Test
    void once_the_agenda_is_published_nothing_is_due_and_questions_count_from_the_publication_day() {
        var notice = NoticeService.notice(
                NoticeRules.defaults(),
                ENGLAND,
                meetingOn(WEDNESDAY_23_MARCH_2022),
                LocalDate.of(2022, 3, 16),
                LocalDate.of(2022, 3, 11));

        assertThat(notice.urgency()).isEqualTo(Urgency.PUBLISHED);
        assertThat(notice.questionDeadline()).isEqualTo(LocalDateTime.of(2022, 3, 16, 12, 0));
    }

    @Test
    void a_publication_date_is_due_soon_within_five_working_days_and_passed_the_day_after() {
        NoticeRules rules = NoticeRules.defaults();
        MeetingSummary meeting = meetingOn(WEDNESDAY_23_MARCH_2022);

        assertThat(NoticeService.notice(rules, ENGLAND, meeting, LocalDate.of(2022, 3, 1))
                        .urgency())
                .isEqualTo(Urgency.IN_TIME);
        assertThat(NoticeService.notice(rules, ENGLAND, meeting, LocalDate.of(2022, 3, 9))
                        .urgency())
                .isEqualTo(Urgency.DUE_SOON);
        assertThat(NoticeService.notice(rules, ENGLAND, meeting, LocalDate.of(2022, 3, 15))
                        .urgency())
                .isEqualTo(Urgency.DUE_SOON);
        assertThat(NoticeService.notice(rules, ENGLAND, meeting, LocalDate.of(2022, 3, 16))
                        .urgency())
                .isEqualTo(Urgency.PASSED);
    }
}
