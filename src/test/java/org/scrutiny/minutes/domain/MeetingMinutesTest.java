package org.scrutiny.minutes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.membership.MemberKind;
import org.scrutiny.membership.MemberRole;
import org.scrutiny.membership.PanelMember;
import org.scrutiny.membership.PanelSubstitute;
import org.scrutiny.minutes.MinutesPublished;
import org.scrutiny.shared.BusinessRuleViolation;
import org.springframework.test.util.ReflectionTestUtils;

class MeetingMinutesTest {

    private static final LocalDate TERM_START = LocalDate.of(2021, 5, 1);
    private static final Instant TEN_FEBRUARY = Instant.parse("2022-02-10T09:00:00Z");

    private static PanelMember councillor(long membershipId, String name, long authorityId, String authority) {
        return new PanelMember(
                membershipId,
                membershipId + 100,
                name,
                MemberKind.COUNCILLOR,
                authority,
                authorityId,
                MemberRole.MEMBER,
                TERM_START,
                null);
    }

    private static MeetingMinutes minutesOf(MeetingMinutes.Item... items) {
        return MeetingMinutes.start(7L, 40, List.of(items));
    }

    private static MeetingMinutes.Item item(String title, ItemPurpose purpose) {
        return new MeetingMinutes.Item(null, title, purpose);
    }

    private static MeetingMinutes attended(MeetingMinutes record) {
        record.recordAttendance(List.of(Attendee.Line.member(
                councillor(1, "A Collis", 3, "Cambridge City Council"), Attendee.Presence.PRESENT, true)));
        return record;
    }

    @SuppressWarnings("unchecked")
    private static Collection<Object> announced(MeetingMinutes record) {
        return (Collection<Object>) ReflectionTestUtils.invokeMethod(record, "domainEvents");
    }

    @Test
    void the_decision_summary_leaves_out_the_previous_minutes_by_purpose_not_by_title() {
        MeetingMinutes record = minutesOf(
                item("Minutes of the meeting held on 2 February 2022", ItemPurpose.PREVIOUS_MINUTES),
                item("Review of how the Commissioner's office takes minutes of its boards", ItemPurpose.OTHER));
        for (Minute minute : record.getMinutes()) {
            minute.write(new Minute.Writing(null, List.of(), Decision.AGREED, "the item", Minute.Vote.unanimously()));
        }

        assertThat(record.decided())
                .extracting(Minute::getTitle)
                .containsExactly("Review of how the Commissioner's office takes minutes of its boards");
    }

    @Test
    void the_apologies_minute_is_the_item_for_apologies_whatever_it_is_called() {
        MeetingMinutes record = minutesOf(
                item("Members unable to attend", ItemPurpose.APOLOGIES),
                item("Apologies from the Commissioner for the late report", ItemPurpose.OTHER));

        assertThat(record.isApologiesMinute(record.getMinutes().get(0))).isTrue();
        assertThat(record.isApologiesMinute(record.getMinutes().get(1))).isFalse();
    }

    @Test
    void a_substitute_stands_in_for_a_member_of_the_same_authority_compared_by_id_not_by_name() {
        PanelMember absent = councillor(1, "A Collis", 3, "Fenland District Council");
        PanelSubstitute renamedCouncil =
                new PanelSubstitute(200, "G Wilson", "Fenland District Council (renamed)", 3, null);
        PanelSubstitute namesake = new PanelSubstitute(201, "H Smith", "Fenland District Council", 4, null);

        MeetingMinutes accepted = minutesOf(item("Apologies", ItemPurpose.APOLOGIES));
        accepted.recordAttendance(List.of(
                Attendee.Line.member(absent, Attendee.Presence.APOLOGIES, false),
                Attendee.Line.substitute(renamedCouncil, absent.membershipId())));
        assertThat(accepted.substitutesPresent()).extracting(Attendee::getName).containsExactly("Councillor G Wilson");

        MeetingMinutes refused = minutesOf(item("Apologies", ItemPurpose.APOLOGIES));
        assertThatThrownBy(() -> refused.recordAttendance(List.of(
                        Attendee.Line.member(absent, Attendee.Presence.APOLOGIES, false),
                        Attendee.Line.substitute(namesake, absent.membershipId()))))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("cannot stand in for Councillor A Collis");
    }

    @Test
    void publishing_announces_the_minutes_once_and_publishing_again_announces_nothing() {
        MeetingMinutes record = attended(minutesOf(item("Apologies", ItemPurpose.APOLOGIES)));

        record.publish(TEN_FEBRUARY);
        assertThat(announced(record)).containsExactly(new MinutesPublished(7L));

        ReflectionTestUtils.invokeMethod(record, "clearDomainEvents");
        record.publish(TEN_FEBRUARY.plusSeconds(60));
        assertThat(announced(record)).as("already published: a no-op").isEmpty();
        assertThat(record.getPublishedAt()).isEqualTo(TEN_FEBRUARY);
    }

    @Test
    void minutes_cannot_be_published_before_attendance_is_recorded() {
        MeetingMinutes record = minutesOf(item("Apologies", ItemPurpose.APOLOGIES));

        assertThatThrownBy(() -> record.publish(TEN_FEBRUARY)).hasMessageContaining("Record who attended");
        assertThat(announced(record)).isEmpty();
    }

    @Test
    void approved_minutes_are_approved_once_at_a_later_meeting() {
        MeetingMinutes record = attended(minutesOf(item("Apologies", ItemPurpose.APOLOGIES)));
        assertThatThrownBy(() -> record.approve(8L, LocalDate.of(2022, 3, 23), null))
                .hasMessageContaining("Publish the draft minutes");
        record.publish(TEN_FEBRUARY);
        assertThatThrownBy(() -> record.approve(7L, LocalDate.of(2022, 3, 23), null))
                .hasMessageContaining("not at their own");

        record.approve(8L, LocalDate.of(2022, 3, 23), " ");
        assertThat(record.isApproved()).isTrue();
        assertThat(record.getAmendments()).isNull();
        assertThatThrownBy(() -> record.approve(9L, LocalDate.of(2022, 4, 1), null))
                .hasMessageContaining("cannot be approved again");
        assertThatThrownBy(() -> record.addMinute("Late item")).isInstanceOf(BusinessRuleViolation.class);
    }
}
