package org.scrutiny.recommendations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.scrutiny.recommendations.RecommendationSent;
import org.scrutiny.recommendations.ResponseRecorded;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.WorkingDays;
import org.springframework.test.util.ReflectionTestUtils;

class RecommendationTest {

    private static final WorkingDays ENGLAND = WorkingDays.of(WorkingDays.Region.ENGLAND);
    private static final LocalDate SENT = LocalDate.of(2022, 2, 3);
    private static final LocalDate TODAY = LocalDate.of(2022, 6, 1);

    private static Recommendation sent(LocalDate on) {
        return Recommendation.send(
                Recommendation.Sending.recommendation(
                        7L, "Forward plan", "That a forward plan is a standing item.", on),
                1,
                ENGLAND);
    }

    @SuppressWarnings("unchecked")
    private static Collection<Object> announced(Recommendation recommendation) {
        return (Collection<Object>) ReflectionTestUtils.invokeMethod(recommendation, "announcements");
    }

    @Test
    void the_response_is_due_a_month_later_on_the_next_working_day() {
        assertThat(sent(SENT).getResponseDue()).isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(sent(LocalDate.of(2022, 5, 2)).getResponseDue())
                .as("2 June 2022 and 3 June 2022 were the Platinum Jubilee bank holidays")
                .isEqualTo(LocalDate.of(2022, 6, 6));
    }

    @Test
    void a_recommendation_needs_words_a_date_and_a_due_date_after_it() {
        assertThatThrownBy(() ->
                        Recommendation.send(Recommendation.Sending.recommendation(7L, " ", "Text", SENT), 1, ENGLAND))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("short title");
        assertThatThrownBy(() -> Recommendation.send(
                        new Recommendation.Sending(
                                7L, null, Recommendation.Kind.RECOMMENDATION, "T", "Text", SENT, SENT),
                        1,
                        ENGLAND))
                .hasMessageContaining("due after the date it was sent");
    }

    @Test
    void it_is_awaited_until_due_then_overdue_until_the_response_arrives() {
        Recommendation recommendation = sent(SENT);
        assertThat(recommendation.statusOn(LocalDate.of(2022, 3, 3))).isEqualTo(Recommendation.Status.AWAITING);
        assertThat(recommendation.statusOn(LocalDate.of(2022, 3, 4))).isEqualTo(Recommendation.Status.OVERDUE);

        recommendation.respond(
                new Recommendation.Response(
                        "Accepted in full.", LocalDate.of(2022, 3, 11), Recommendation.Outcome.ACCEPTED),
                null,
                TODAY);
        assertThat(recommendation.statusOn(LocalDate.of(2022, 3, 11))).isEqualTo(Recommendation.Status.RESPONDED);
    }

    @Test
    void a_response_cannot_arrive_before_the_recommendation_was_sent_and_needs_an_outcome() {
        Recommendation recommendation = sent(SENT);
        ReflectionTestUtils.setField(recommendation, "id", 41L);
        assertThatThrownBy(() -> recommendation.respond(
                        new Recommendation.Response(
                                "Early.", LocalDate.of(2022, 2, 2), Recommendation.Outcome.ACCEPTED),
                        null,
                        TODAY))
                .hasMessageContaining("cannot arrive before");
        assertThatThrownBy(() -> recommendation.respond(
                        new Recommendation.Response("No outcome.", LocalDate.of(2022, 3, 1), null), null, TODAY))
                .hasMessageContaining("Choose what the Commissioner made");
        assertThat(announced(recommendation))
                .as("a refused response announces nothing")
                .containsExactly(
                        new RecommendationSent(41L, 7L, "Forward plan", "That a forward plan is a standing item."));
    }

    @Test
    void sending_and_responding_are_announced_when_stored_and_records_from_the_papers_are_not() {
        Recommendation recommendation = sent(SENT);
        ReflectionTestUtils.setField(recommendation, "id", 42L);
        recommendation.respond(
                new Recommendation.Response("Noted.", LocalDate.of(2022, 2, 8), Recommendation.Outcome.NOTED),
                null,
                TODAY);

        assertThat(announced(recommendation))
                .containsExactly(
                        new RecommendationSent(42L, 7L, "Forward plan", "That a forward plan is a standing item."),
                        new ResponseRecorded(42L, 7L, "Forward plan", "Noted"));

        Recommendation history = sent(SENT);
        history.importedFromRecords();
        assertThat(announced(history)).isEmpty();
    }

    @Test
    void a_correction_keeps_the_response_it_replaces_and_a_response_cannot_be_received_tomorrow() {
        Recommendation recommendation = sent(SENT);
        recommendation.respond(
                new Recommendation.Response(
                        "Accepted in part.", LocalDate.of(2022, 3, 1), Recommendation.Outcome.PARTLY_ACCEPTED),
                null,
                TODAY);
        assertThatThrownBy(() -> recommendation.respond(
                        new Recommendation.Response(
                                "From the future.", TODAY.plusDays(1), Recommendation.Outcome.ACCEPTED),
                        null,
                        TODAY))
                .hasMessage("The date the response was received must be today or in the past");

        recommendation.respond(
                new Recommendation.Response(
                        "Accepted in full.", LocalDate.of(2022, 3, 8), Recommendation.Outcome.ACCEPTED),
                null,
                TODAY);

        assertThat(recommendation.getResponseText()).isEqualTo("Accepted in full.");
        assertThat(recommendation.responseNumber()).isEqualTo(2);
        assertThat(recommendation.getEarlierResponses())
                .containsExactly(new Recommendation.EarlierResponse(
                        "Accepted in part.",
                        LocalDate.of(2022, 3, 1),
                        Recommendation.Outcome.PARTLY_ACCEPTED,
                        null,
                        null,
                        TODAY));
    }
}
