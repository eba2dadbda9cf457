package org.scrutiny.complaintreviews.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.complaintreviews.domain.ReviewRequest.Complainant;
import org.scrutiny.complaintreviews.domain.ReviewRequest.Facts;
import org.scrutiny.complaintreviews.domain.ReviewRequest.Handling;
import org.scrutiny.complaintreviews.domain.ReviewRequest.InvalidReason;
import org.scrutiny.complaintreviews.domain.ReviewRequest.Status;
import org.scrutiny.shared.BusinessRuleViolation;

class ReviewRequestTest {

    private static final LocalDate OUTCOME = LocalDate.of(2022, 3, 1);
    private static final Handling RECORDED = new Handling(true, false, null);

    private static ReviewRequest received(LocalDate on, LocalDate sentToIopcOn) {
        return new ReviewRequest(
                new Facts(ReviewRequest.Channel.EMAIL, on, sentToIopcOn, "CO/1/22", OUTCOME),
                new Complainant("A Person", "a@example.com", null, "Why"),
                on.plusDays(14),
                on.plusDays(7));
    }

    private static ReviewRequest inReview() {
        ReviewRequest request = received(LocalDate.of(2022, 3, 10), null);
        request.checkHandling(RECORDED);
        request.confirm(LocalDate.of(2022, 3, 12), LocalDate.of(2022, 4, 20));
        request.assign("Officer", LocalDate.of(2022, 3, 14));
        return request;
    }

    @Test
    void a_request_on_the_last_day_is_in_time_and_one_a_day_later_is_closed_as_invalid_when_confirmed() {
        ReviewRequest onTime = received(LocalDate.of(2022, 3, 29), null);
        onTime.checkHandling(RECORDED);
        onTime.confirm(LocalDate.of(2022, 3, 30), LocalDate.of(2022, 5, 10));
        assertThat(onTime.getStatus()).isEqualTo(Status.NOT_STARTED);

        ReviewRequest late = received(LocalDate.of(2022, 3, 30), null);
        late.checkHandling(RECORDED);
        assertThat(late.invalidity()).contains(InvalidReason.OUT_OF_TIME);
        late.confirm(LocalDate.of(2022, 3, 31), LocalDate.of(2022, 5, 10));
        assertThat(late.getStatus()).isEqualTo(Status.INVALID);
        assertThat(late.getInvalidReason()).isEqualTo(InvalidReason.OUT_OF_TIME);
        assertThat(late.getClosedOn()).isEqualTo(LocalDate.of(2022, 3, 31));
    }

    @Test
    void a_request_sent_to_the_iopc_first_is_judged_on_the_day_it_reached_the_iopc() {
        ReviewRequest forwarded = received(LocalDate.of(2022, 4, 6), LocalDate.of(2022, 3, 28));

        assertThat(forwarded.madeOn()).isEqualTo(LocalDate.of(2022, 3, 28));
        assertThat(forwarded.isInTime()).isTrue();
        assertThat(received(LocalDate.of(2022, 4, 6), null).isInTime()).isFalse();
    }

    @Test
    void a_late_request_accepted_for_a_reason_is_valid_and_one_in_time_cannot_be_accepted_late() {
        ReviewRequest late = received(LocalDate.of(2022, 4, 6), null);
        late.checkHandling(RECORDED);
        late.acceptLate("The complainant was in hospital");
        late.confirm(LocalDate.of(2022, 4, 7), LocalDate.of(2022, 5, 20));
        assertThat(late.getStatus()).isEqualTo(Status.NOT_STARTED);

        ReviewRequest inTime = received(LocalDate.of(2022, 3, 10), null);
        assertThatThrownBy(() -> inTime.acceptLate("No need")).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void the_iopc_as_relevant_review_body_or_a_complaint_not_recorded_makes_it_invalid() {
        ReviewRequest forIopc = received(LocalDate.of(2022, 3, 10), null);
        forIopc.checkHandling(new Handling(true, true, ReviewRequest.IopcGround.SENIOR_OFFICER));
        assertThat(forIopc.invalidity()).contains(InvalidReason.NOT_RELEVANT_REVIEW_BODY);
        assertThatThrownBy(() -> forIopc.confirm(LocalDate.of(2022, 3, 11), LocalDate.of(2022, 4, 20)))
                .hasMessageContaining("forward the request to the IOPC");
        forIopc.forwardToIopc(LocalDate.of(2022, 3, 11));
        assertThat(forIopc.getStatus()).isEqualTo(Status.INVALID);
        assertThat(forIopc.getInvalidReason()).isEqualTo(InvalidReason.NOT_RELEVANT_REVIEW_BODY);

        ReviewRequest notRecorded = received(LocalDate.of(2022, 3, 10), null);
        notRecorded.checkHandling(new Handling(false, false, null));
        assertThat(notRecorded.invalidity()).contains(InvalidReason.NOT_RECORDED);
    }

    @Test
    void it_cannot_be_confirmed_before_the_force_s_handling_is_checked_nor_forwarded_when_the_office_reviews_it() {
        ReviewRequest request = received(LocalDate.of(2022, 3, 10), null);

        assertThatThrownBy(() -> request.confirm(LocalDate.of(2022, 3, 11), LocalDate.of(2022, 4, 20)))
                .hasMessageContaining("Check with the force");
        request.checkHandling(RECORDED);
        assertThatThrownBy(() -> request.forwardToIopc(LocalDate.of(2022, 3, 11)))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void it_is_closed_as_not_progressed_only_after_the_day_the_complainant_was_asked_to_confirm_by() {
        ReviewRequest request = received(LocalDate.of(2022, 3, 10), null);

        assertThatThrownBy(() -> request.notProgressed(LocalDate.of(2022, 3, 24)))
                .isInstanceOf(BusinessRuleViolation.class);
        request.notProgressed(LocalDate.of(2022, 3, 25));
        assertThat(request.getStatus()).isEqualTo(Status.NOT_PROGRESSED);
    }

    @Test
    void a_request_never_confirmed_cannot_be_decided() {
        ReviewRequest request = received(LocalDate.of(2022, 3, 10), null);

        assertThatThrownBy(() -> request.decide(false, "Reasons", List.of(), "Officer", LocalDate.of(2022, 3, 20)))
                .hasMessageContaining("has not confirmed");
    }

    @Test
    void an_upheld_review_needs_a_recommendation_and_one_not_upheld_takes_none() {
        ReviewRequest request = inReview();

        assertThatThrownBy(() -> request.decide(true, "Reasons", List.of(" "), "Officer", LocalDate.of(2022, 3, 20)))
                .hasMessageContaining("add one");
        assertThatThrownBy(() ->
                        request.decide(false, "Reasons", List.of("Apologise"), "Officer", LocalDate.of(2022, 3, 20)))
                .hasMessageContaining("remove them");
        request.decide(true, "Reasons", List.of("Apologise"), "Officer", LocalDate.of(2022, 3, 20));
        assertThat(request.getStatus()).isEqualTo(Status.DECIDED);
        assertThat(request.getRecommendations())
                .extracting(ReviewRecommendation::getText)
                .containsExactly("Apologise");
    }

    @Test
    void a_decision_is_final_only_after_quality_assurance_by_someone_else() {
        ReviewRequest request = inReview();

        assertThatThrownBy(() -> request.qualityAssure("Manager", LocalDate.of(2022, 3, 21)))
                .hasMessageContaining("no decision to quality-assure");
        request.decide(false, "Reasons", List.of(), "Officer", LocalDate.of(2022, 3, 20));
        assertThat(request.getCompletedOn()).isNull();
        assertThatThrownBy(() -> request.qualityAssure("officer", LocalDate.of(2022, 3, 21)))
                .hasMessageContaining("Someone other than the officer");
        request.qualityAssure("Manager", LocalDate.of(2022, 3, 21));
        assertThat(request.getStatus()).isEqualTo(Status.FINAL);
        assertThat(request.getCompletedOn()).isEqualTo(LocalDate.of(2022, 3, 21));
    }

    @Test
    void a_suspended_review_cannot_be_decided_until_it_resumes_and_the_suspension_is_kept() {
        ReviewRequest request = inReview();
        request.suspend(LocalDate.of(2022, 3, 16), "Waiting for the force's file");

        assertThatThrownBy(() -> request.decide(false, "Reasons", List.of(), "Officer", LocalDate.of(2022, 3, 20)))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> request.resume(LocalDate.of(2022, 3, 15))).isInstanceOf(BusinessRuleViolation.class);
        request.resume(LocalDate.of(2022, 3, 23));
        assertThat(request.getStatus()).isEqualTo(Status.IN_REVIEW);
        assertThat(request.getSuspensions()).singleElement().satisfies(s -> {
            assertThat(s.getFrom()).isEqualTo(LocalDate.of(2022, 3, 16));
            assertThat(s.getUntil()).isEqualTo(LocalDate.of(2022, 3, 23));
        });
    }

    @Test
    void a_received_day_before_the_outcome_is_refused() {
        assertThatThrownBy(() -> received(LocalDate.of(2022, 2, 20), null))
                .hasMessageContaining("on or before the day the request was received");
    }
}
