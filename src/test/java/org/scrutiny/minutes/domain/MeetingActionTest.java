package org.scrutiny.minutes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.WorkingDays;

class MeetingActionTest {

    private static final WorkingDays ENGLAND = WorkingDays.of(WorkingDays.Region.ENGLAND);

    private static MeetingAction dueOn(LocalDate due) {
        return MeetingAction.record(
                4L,
                new MeetingAction.Raising(9L, "Report on Vision Zero", MeetingAction.Owner.COMMISSIONER, due, null),
                ENGLAND);
    }

    @Test
    void an_action_due_on_a_bank_holiday_is_due_the_next_working_day() {
        assertThat(dueOn(LocalDate.of(2022, 4, 15)).getDueDate())
                .as("Good Friday and Easter Monday 2022")
                .isEqualTo(LocalDate.of(2022, 4, 19));
    }

    @Test
    void it_is_overdue_from_the_day_after_it_was_due_and_never_once_done() {
        MeetingAction action = dueOn(LocalDate.of(2022, 3, 23));
        assertThat(action.isOverdue(LocalDate.of(2022, 3, 23))).isFalse();
        assertThat(action.statusOn(LocalDate.of(2022, 3, 24))).isEqualTo("Overdue");

        action.complete(LocalDate.of(2022, 3, 25), "Report received");
        assertThat(action.isOverdue(LocalDate.of(2022, 4, 1))).isFalse();
        assertThat(action.getUpdates()).hasSize(1);
    }

    @Test
    void an_action_is_completed_or_dropped_once_and_a_drop_says_why() {
        MeetingAction action = dueOn(null);
        assertThatThrownBy(() -> action.drop(LocalDate.of(2022, 3, 25), " "))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("Say why");
        action.drop(LocalDate.of(2022, 3, 25), "Overtaken by the new plan");
        assertThatThrownBy(() -> action.complete(LocalDate.of(2022, 3, 26), null))
                .hasMessageContaining("already dropped");
        assertThatThrownBy(() -> action.drop(LocalDate.of(2022, 3, 26), "Again"))
                .hasMessageContaining("already dropped");
        assertThat(action.getDroppedReason()).isEqualTo("Overtaken by the new plan");
    }

    @Test
    void an_action_needs_a_description_and_an_owner() {
        assertThatThrownBy(() -> MeetingAction.record(
                        4L, new MeetingAction.Raising(9L, " ", MeetingAction.Owner.COMMISSIONER, null, null), ENGLAND))
                .hasMessageContaining("Describe the action");
        assertThatThrownBy(() ->
                        MeetingAction.record(4L, new MeetingAction.Raising(9L, "Something", null, null, null), ENGLAND))
                .hasMessageContaining("Choose who owns");
    }
}
