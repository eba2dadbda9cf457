package org.scrutiny.agenda.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.agenda.ExemptionParagraph;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.MeetingStatus;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.meetings.PlannedItem;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.London;
import org.springframework.test.util.ReflectionTestUtils;

class AgendaTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-03-14T10:00:00Z"), London.ZONE);
    private static final MeetingSummary FEBRUARY = new MeetingSummary(
            2, MeetingKind.ORDINARY, "Meeting", LocalDate.of(2022, 2, 2), null, null, MeetingStatus.HELD);

    private static Agenda march2022() {
        Agenda agenda = Agenda.draft(
                4,
                List.of(
                        new PlannedItem("Apologies for Absence", null, ItemPurpose.APOLOGIES),
                        new PlannedItem("Minutes of the previous meeting", null, ItemPurpose.PREVIOUS_MINUTES),
                        new PlannedItem("Public Questions and Statements", null, ItemPurpose.PUBLIC_QUESTIONS),
                        new PlannedItem("Review of Complaints", null, ItemPurpose.COMPLAINTS_REVIEW)),
                FEBRUARY,
                "Questions and statements must reach the secretariat before 12 noon on Friday 18 March 2022.");
        long id = 1;
        for (AgendaItem item : agenda.getItems()) {
            ReflectionTestUtils.setField(item, "id", id++);
        }
        return agenda;
    }

    private static List<String> numbered(Agenda agenda) {
        return agenda.numbered().stream()
                .map(n -> (n.number() == null ? "-" : n.number().toString()) + " "
                        + n.item().getTitle())
                .toList();
    }

    @Test
    void the_minutes_item_names_and_links_the_previous_meeting_and_the_questions_item_carries_its_deadline() {
        Agenda agenda = march2022();

        AgendaItem minutes = agenda.getItems().get(1);
        assertThat(minutes.getTitle()).isEqualTo("Minutes of the meeting held on 2 February 2022");
        assertThat(minutes.getLinkedMeetingId()).isEqualTo(2L);
        assertThat(agenda.getItems().get(2).getDetail()).contains("12 noon on Friday 18 March 2022");
        assertThat(numbered(agenda))
                .containsExactly(
                        "1 Apologies for Absence",
                        "2 Minutes of the meeting held on 2 February 2022",
                        "3 Public Questions and Statements",
                        "4 Review of Complaints");
    }

    @Test
    void a_withdrawn_item_loses_its_number_and_the_others_close_up() {
        Agenda agenda = march2022();

        agenda.withdraw(2, "The minutes were not ready");

        assertThat(numbered(agenda))
                .containsExactly(
                        "1 Apologies for Absence",
                        "- Minutes of the meeting held on 2 February 2022",
                        "2 Public Questions and Statements",
                        "3 Review of Complaints");
        assertThatThrownBy(() -> agenda.withdraw(3, " ")).hasMessageContaining("Enter the reason");
    }

    @Test
    void items_can_be_reordered() {
        Agenda agenda = march2022();

        agenda.move(4, -1);

        assertThat(numbered(agenda))
                .containsExactly(
                        "1 Apologies for Absence",
                        "2 Minutes of the meeting held on 2 February 2022",
                        "3 Review of Complaints",
                        "4 Public Questions and Statements");
    }

    @Test
    void an_exempt_item_names_its_paragraph_of_schedule12_a() {
        Agenda agenda = march2022();
        AgendaItem item =
                agenda.addItem("Chief Constable appointment: candidate's details", ExemptionParagraph.ONE, null);

        assertThat(item.isExempt()).isTrue();
        assertThat(item.exemption().label()).startsWith("Paragraph 1:");
        assertThatThrownBy(() -> ExemptionParagraph.number(8)).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void after_publication_an_item_goes_on_the_supplementary_agenda_only_with_a_reason_for_urgency() {
        Agenda agenda = march2022();
        agenda.publish(
                LocalDate.of(2022, 3, 14), LocalDate.of(2022, 3, 15), null, "Questions by Thursday 17 March.", CLOCK);

        assertThatThrownBy(() -> agenda.addItem("Late report", null, ""))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("reason this item is urgent");
        AgendaItem late = agenda.addItem("Late report", null, "The Home Office decision arrived after publication");
        assertThat(late.isSupplementary()).isTrue();
        assertThat(agenda.getItems().get(2).getDetail()).isEqualTo("Questions by Thursday 17 March.");
    }

    @Test
    void publishing_after_the_latest_lawful_date_needs_a_reason_and_is_flagged_late() {
        Agenda agenda = march2022();

        assertThatThrownBy(() -> agenda.publish(LocalDate.of(2022, 3, 16), LocalDate.of(2022, 3, 15), " ", "q", CLOCK))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("15 March 2022");
        assertThat(agenda.isPublished()).isFalse();

        agenda.publish(LocalDate.of(2022, 3, 16), LocalDate.of(2022, 3, 15), "A report was delayed", "q", CLOCK);
        assertThat(agenda.isPublished()).isTrue();
        assertThat(agenda.isLate()).isTrue();
        assertThatThrownBy(() -> agenda.publish(LocalDate.of(2022, 3, 16), LocalDate.of(2022, 3, 15), "x", "q", CLOCK))
                .hasMessageContaining("already been published");
    }

    @Test
    void an_agenda_published_in_time_is_not_late() {
        Agenda agenda = march2022();
        agenda.publish(LocalDate.of(2022, 3, 15), LocalDate.of(2022, 3, 15), null, "q", CLOCK);
        assertThat(agenda.isLate()).isFalse();
    }

    @Test
    void the_question_notice_reads_as_on_the_seed_agenda() {
        assertThat(AgendaService.questionNotice(LocalDate.of(2022, 3, 18).atTime(LocalTime.NOON)))
                .isEqualTo(
                        "Questions and statements must reach the secretariat before 12 noon on Friday 18 March 2022.");
    }
}
