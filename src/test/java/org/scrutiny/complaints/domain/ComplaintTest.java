package org.scrutiny.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrutiny.complaints.domain.Complaint.Complainant;
import org.scrutiny.complaints.domain.Complaint.Disclosure;
import org.scrutiny.complaints.domain.Complaint.ResolutionStep;
import org.scrutiny.complaints.domain.Complaint.Status;
import org.scrutiny.shared.BusinessRuleViolation;

/** The Regulations' paths for a complaint, and the moves they do not allow. */
class ComplaintTest {

    private static final LocalDate RECEIVED = LocalDate.of(2022, 6, 6);

    private static Complaint received(Complaint.Kind kind) {
        Complaint complaint = new Complaint(
                kind,
                Complaint.Subject.COMMISSIONER,
                1L,
                "Darryl Preston",
                Complaint.Source.LETTER,
                RECEIVED,
                null,
                "What happened",
                new Complainant("A Person", "a@example.com", null, null, Complaint.ContactBy.EMAIL, null, false, null),
                RECEIVED.plusDays(7));
        complaint.acknowledge(RECEIVED.plusDays(1));
        return complaint;
    }

    private static Complaint recorded(boolean criminal) {
        Complaint complaint = received(Complaint.Kind.COMPLAINT);
        complaint.record(
                RECEIVED.plusDays(5),
                criminal,
                Disclosure.COPY_SENT,
                null,
                RECEIVED.plusDays(5).plusWeeks(12));
        return complaint;
    }

    @Test
    void a_complaint_that_is_not_recorded_is_closed_with_its_reason() {
        Complaint complaint = received(Complaint.Kind.COMPLAINT);
        complaint.notRecorded(RECEIVED.plusDays(3), Complaint.NotRecordedReason.NOT_ABOUT_CONDUCT);
        assertThat(complaint.getStatus()).isEqualTo(Status.NOT_RECORDED);
        assertThat(complaint.getClosedOn()).isEqualTo(RECEIVED.plusDays(3));
        assertThatThrownBy(() -> complaint.record(RECEIVED.plusDays(4), false, Disclosure.COPY_SENT, null, null))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("not recorded");
    }

    @Test
    void a_complaint_can_be_forwarded_only_with_the_body_named() {
        Complaint complaint = received(Complaint.Kind.COMPLAINT);
        assertThatThrownBy(() -> complaint.forward(RECEIVED, Complaint.ForwardedTo.CHIEF_CONSTABLE, " "))
                .isInstanceOf(BusinessRuleViolation.class);
        complaint.forward(RECEIVED, Complaint.ForwardedTo.CHIEF_CONSTABLE, "The Chief Constable of Cambridgeshire");
        assertThat(complaint.getStatus()).isEqualTo(Status.FORWARDED);
    }

    @Test
    void
            a_recorded_complaint_is_resolved_informally_and_an_apology_needs_the_consent_of_the_person_complained_against() {
        Complaint complaint = recorded(false);
        assertThatThrownBy(() -> complaint.resolve(
                        RECEIVED.plusWeeks(4), Set.of(ResolutionStep.APOLOGY), false, "Sub-committee", "Sorry"))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("agreement of the person complained against");
        complaint.resolve(
                RECEIVED.plusWeeks(4),
                Set.of(ResolutionStep.APOLOGY, ResolutionStep.EXPLANATION),
                true,
                "Sub-committee",
                "An apology was made");
        assertThat(complaint.getStatus()).isEqualTo(Status.RESOLVED);
        assertThat(complaint.resolutionSteps())
                .containsExactlyInAnyOrder(ResolutionStep.APOLOGY, ResolutionStep.EXPLANATION);
        assertThat(complaint.resolvedInTime()).isTrue();
    }

    @Test
    void a_withheld_copy_needs_a_review_date_after_the_decision() {
        Complaint complaint = received(Complaint.Kind.COMPLAINT);
        assertThatThrownBy(() ->
                        complaint.record(RECEIVED.plusDays(5), false, Disclosure.WITHHELD_PUBLIC_INTEREST, null, null))
                .isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).field())
                .isEqualTo("reviewOn");
        complaint.record(
                RECEIVED.plusDays(5), false, Disclosure.WITHHELD_PUBLIC_INTEREST, RECEIVED.plusMonths(3), null);
        assertThat(complaint.isWithheld()).isTrue();
        complaint.disclose(RECEIVED.plusMonths(3));
        assertThat(complaint.isWithheld()).isFalse();
    }

    @Test
    void a_serious_complaint_goes_to_the_iopc_and_cannot_be_resolved_or_disapplied_before_it_does() {
        Complaint complaint = recorded(true);
        assertThat(complaint.mustGoToIopc()).isTrue();
        assertThatThrownBy(() -> complaint.resolve(
                        RECEIVED.plusWeeks(2), Set.of(ResolutionStep.EXPLANATION), false, "Officer", "Explained"))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("refer it to the IOPC");
        assertThatThrownBy(() -> complaint.disapply(RECEIVED.plusWeeks(2), Complaint.DisapplicationGround.VEXATIOUS))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("referred to the IOPC");
        assertThatThrownBy(() -> complaint.referToIopc(RECEIVED.minusDays(1), RECEIVED.plusDays(6)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("before it was received");
        complaint.referToIopc(RECEIVED.plusDays(5), RECEIVED.plusDays(6));
        assertThat(complaint.getStatus()).isEqualTo(Status.REFERRED_TO_IOPC);
    }

    @Test
    void a_complaint_the_iopc_sends_back_is_handled_locally_but_can_never_be_disapplied() {
        Complaint complaint = recorded(true);
        complaint.referToIopc(RECEIVED.plusDays(5), RECEIVED.plusDays(6));
        complaint.iopcAnswered(RECEIVED.plusWeeks(4), Complaint.IopcAnswer.LOCAL_HANDLING, RECEIVED.plusWeeks(16));
        assertThat(complaint.getStatus()).isEqualTo(Status.RECORDED);
        assertThat(complaint.mustGoToIopc()).isFalse();
        assertThatThrownBy(() -> complaint.disapply(RECEIVED.plusWeeks(5), Complaint.DisapplicationGround.REPETITIOUS))
                .isInstanceOf(BusinessRuleViolation.class);
        complaint.resolve(RECEIVED.plusWeeks(8), Set.of(ResolutionStep.EXPLANATION), false, "Officer", "Explained");
        assertThat(complaint.getStatus()).isEqualTo(Status.RESOLVED);
    }

    @Test
    void a_complaint_the_iopc_investigates_is_closed_when_it_concludes() {
        Complaint complaint = recorded(true);
        complaint.referToIopc(RECEIVED.plusDays(5), RECEIVED.plusDays(6));
        complaint.iopcAnswered(RECEIVED.plusWeeks(4), Complaint.IopcAnswer.INVESTIGATE, null);
        assertThat(complaint.getStatus()).isEqualTo(Status.WITH_IOPC);
        complaint.concludedByIopc(RECEIVED.plusMonths(6));
        assertThat(complaint.getStatus()).isEqualTo(Status.CONCLUDED_BY_IOPC);
        assertThat(complaint.getClosedOn()).isEqualTo(RECEIVED.plusMonths(6));
    }

    @Test
    void a_recorded_complaint_may_be_disapplied_on_one_of_the_six_grounds() {
        Complaint complaint = recorded(false);
        complaint.disapply(RECEIVED.plusWeeks(2), Complaint.DisapplicationGround.REPETITIOUS);
        assertThat(complaint.getStatus()).isEqualTo(Status.DISAPPLIED);
        assertThat(Complaint.DisapplicationGround.values()).hasSize(6);
    }

    @Test
    void withdrawal_closes_an_open_complaint_tells_the_iopc_if_it_has_it_and_a_withdrawn_one_cannot_be_resolved() {
        Complaint withIopc = recorded(true);
        withIopc.referToIopc(RECEIVED.plusDays(5), RECEIVED.plusDays(6));
        assertThat(withIopc.withdraw(RECEIVED.plusWeeks(2))).isTrue();
        assertThat(withIopc.isIopcToldOfWithdrawal()).isTrue();

        Complaint complaint = recorded(false);
        assertThat(complaint.withdraw(RECEIVED.plusWeeks(2))).isFalse();
        assertThat(complaint.getStatus()).isEqualTo(Status.WITHDRAWN);
        assertThatThrownBy(() -> complaint.resolve(
                        RECEIVED.plusWeeks(3), Set.of(ResolutionStep.EXPLANATION), false, "Officer", "Explained"))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("withdrawn");
        assertThatThrownBy(() -> complaint.withdraw(RECEIVED.plusWeeks(3)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("closed");
    }

    @Test
    void a_conduct_matter_is_recorded_only_as_indicating_a_criminal_offence() {
        Complaint matter = received(Complaint.Kind.CONDUCT_MATTER);
        assertThatThrownBy(() -> matter.record(RECEIVED.plusDays(1), false, Disclosure.COPY_SENT, null, null))
                .isInstanceOf(BusinessRuleViolation.class);
        matter.record(
                RECEIVED.plusDays(1), true, Disclosure.WITHHELD_CRIMINAL_INVESTIGATION, RECEIVED.plusMonths(1), null);
        assertThat(matter.mustGoToIopc()).isTrue();
    }

    @Test
    void erasing_keeps_the_dates_and_decisions_and_forgets_the_person_and_their_words() {
        Complaint complaint = recorded(false);
        complaint.resolve(RECEIVED.plusWeeks(3), Set.of(ResolutionStep.EXPLANATION), false, "Officer", "Explained");
        complaint.erasePersonalData(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(complaint.getComplainantName()).isNull();
        assertThat(complaint.getEmail()).isNull();
        assertThat(complaint.getDescription()).isNull();
        assertThat(complaint.getOutcome()).isNull();
        assertThat(complaint.getResolvedOn()).isEqualTo(RECEIVED.plusWeeks(3));
        assertThat(complaint.getStatus()).isEqualTo(Status.RESOLVED);
    }
}
