package org.scrutiny.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.meetings.domain.Meeting;
import org.scrutiny.meetings.domain.MeetingPlan;
import org.scrutiny.meetings.domain.StandingItem;
import org.scrutiny.meetings.domain.Venue;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.London;
import org.springframework.test.util.ReflectionTestUtils;

class MeetingLifecycleTest {

    private static final Clock MARCH_2023 = Clock.fixed(Instant.parse("2023-03-01T09:00:00Z"), London.ZONE);
    private static final LocalTime HALF_PAST_ONE = LocalTime.of(13, 30);

    private static Venue venue(long id, String name) {
        Venue venue = new Venue(name, "Bittern Way, Fletton Quays", "Peterborough", null);
        ReflectionTestUtils.setField(venue, "id", id);
        return venue;
    }

    private static Meeting march2023(List<StandingItem> standing) {
        return Meeting.plan(
                new MeetingPlan(MeetingKind.ORDINARY, null, LocalDate.of(2023, 3, 22), null, HALF_PAST_ONE, true),
                venue(1, "Engine Shed, Sand Martin House"),
                standing,
                MARCH_2023);
    }

    @Test
    void an_ordinary_meeting_gets_the_active_standing_items_in_order() {
        StandingItem dropped = new StandingItem("Acronyms", 5, ItemPurpose.OTHER);
        dropped.change(new StandingItem.Change("Acronyms", 5, false, ItemPurpose.OTHER));
        Meeting meeting = march2023(List.of(
                new StandingItem("Apologies for Absence", 10, ItemPurpose.APOLOGIES),
                dropped,
                new StandingItem("Declarations of Interest", 20, ItemPurpose.DECLARATIONS)));

        assertThat(meeting.getItems())
                .extracting(i -> i.getTitle())
                .containsExactly("Apologies for Absence", "Declarations of Interest");
        assertThat(meeting.getItems()).allMatch(i -> i.isStanding());
    }

    @Test
    void a_reserve_meeting_carries_no_standing_items() {
        Meeting reserve = Meeting.plan(
                new MeetingPlan(
                        MeetingKind.RESERVE_IF_NEEDED_VETO,
                        null,
                        LocalDate.of(2023, 2, 15),
                        null,
                        HALF_PAST_ONE,
                        false),
                null,
                List.of(new StandingItem("Apologies for Absence", 10, ItemPurpose.APOLOGIES)),
                MARCH_2023);

        assertThat(reserve.getItems()).isEmpty();
        assertThat(reserve.getStatus()).isEqualTo(MeetingStatus.PROVISIONAL);
        assertThat(reserve.name()).isEqualTo("Reserve meeting – if needed (veto)");
    }

    @Test
    void rescheduling_keeps_the_earlier_date_and_raises_the_sequence() {
        Meeting meeting = march2023(List.of());
        int before = meeting.getSequence();

        meeting.reschedule(
                LocalDate.of(2023, 3, 15),
                HALF_PAST_ONE,
                venue(1, "Engine Shed, Sand Martin House"),
                "Clashes with the budget meeting",
                MARCH_2023);

        assertThat(meeting.getDate()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(meeting.getReschedules()).singleElement().satisfies(change -> {
            assertThat(change.getPreviousDate()).isEqualTo(LocalDate.of(2023, 3, 22));
            assertThat(change.getNewDate()).isEqualTo(LocalDate.of(2023, 3, 15));
            assertThat(change.getReason()).isEqualTo("Clashes with the budget meeting");
        });
        assertThat(meeting.getSequence()).isGreaterThan(before);
    }

    @Test
    void rescheduling_to_the_same_date_time_and_venue_is_refused() {
        Meeting meeting = march2023(List.of());

        assertThatThrownBy(() -> meeting.reschedule(
                        LocalDate.of(2023, 3, 22),
                        HALF_PAST_ONE,
                        venue(1, "Engine Shed, Sand Martin House"),
                        "No change",
                        MARCH_2023))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void a_cancelled_meeting_keeps_its_reason_and_cannot_be_changed() {
        Meeting meeting = march2023(List.of());

        meeting.cancel("Not needed", MARCH_2023);

        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(meeting.getCancellationReason()).isEqualTo("Not needed");
        assertThatThrownBy(() -> meeting.reschedule(LocalDate.of(2023, 4, 1), HALF_PAST_ONE, null, "x", MARCH_2023))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("cancelled");
        assertThatThrownBy(() -> meeting.recordHeld(LocalTime.of(15, 30), MARCH_2023))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void a_meeting_cannot_be_recorded_as_held_before_its_date() {
        Meeting meeting = march2023(List.of());

        assertThatThrownBy(() -> meeting.recordHeld(LocalTime.of(15, 30), MARCH_2023))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("future date");
    }

    @Test
    void a_held_meeting_ends_after_it_starts() {
        Meeting meeting = march2023(List.of());
        Clock afterwards = Clock.fixed(Instant.parse("2023-03-22T18:00:00Z"), London.ZONE);

        assertThatThrownBy(() -> meeting.recordHeld(LocalTime.of(13, 0), afterwards))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("after the start time");

        meeting.recordHeld(LocalTime.of(15, 30), afterwards);
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.HELD);
        assertThat(meeting.getEndTime()).isEqualTo(LocalTime.of(15, 30));
    }

    @Test
    void only_a_provisional_meeting_with_a_time_and_venue_can_be_confirmed() {
        Meeting tbc = Meeting.plan(
                new MeetingPlan(
                        MeetingKind.TRAINING_OR_BRIEFING,
                        "Member training",
                        LocalDate.of(2022, 9, 1),
                        "Early September 2022",
                        null,
                        false),
                null,
                List.of(),
                MARCH_2023);

        assertThatThrownBy(() -> tbc.confirm(MARCH_2023)).hasMessageContaining("start time and a venue");
        assertThatThrownBy(() -> march2023(List.of()).confirm(MARCH_2023))
                .hasMessageContaining("Only a provisional meeting");
    }

    @Test
    void items_can_be_reordered_and_removed() {
        Meeting meeting = march2023(List.of());
        meeting.planItem("Public Questions", null, ItemPurpose.OTHER, MARCH_2023);
        meeting.planItem("Review of Complaints", null, ItemPurpose.OTHER, MARCH_2023);
        meeting.planItem("OPCC – Forward Plan", null, ItemPurpose.OTHER, MARCH_2023);
        long id = 1;
        for (var item : meeting.getItems()) {
            ReflectionTestUtils.setField(item, "id", id++);
        }

        meeting.moveItem(3, -1, MARCH_2023);
        assertThat(meeting.getItems())
                .extracting(i -> i.getTitle())
                .containsExactly("Public Questions", "OPCC – Forward Plan", "Review of Complaints");
        assertThat(meeting.getItems()).extracting(i -> i.getPosition()).containsExactly(1, 2, 3);

        meeting.removeItem(1, MARCH_2023);
        assertThat(meeting.getItems())
                .extracting(i -> i.getTitle())
                .containsExactly("OPCC – Forward Plan", "Review of Complaints");
        assertThat(meeting.getItems()).extracting(i -> i.getPosition()).containsExactly(1, 2);
    }
}
