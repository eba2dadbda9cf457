package org.scrutiny.complaintreviews.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** What an upheld review recommends the Chief Constable do, and what the force answered. */
@Embeddable
public class ReviewRecommendation {

    public enum ForceAnswer {
        AGREED_DONE("Agreed and done by the force"),
        NOT_AGREED("Not agreed by the force");

        private final String label;

        ForceAnswer(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private String text;

    @Enumerated(EnumType.STRING)
    private ForceAnswer forceAnswer;

    private LocalDate answeredOn;

    protected ReviewRecommendation() {}

    ReviewRecommendation(String text) {
        this.text = text;
    }

    void answer(ForceAnswer answer, LocalDate on) {
        this.forceAnswer = answer;
        this.answeredOn = on;
    }

    public String getText() {
        return text;
    }

    public ForceAnswer getForceAnswer() {
        return forceAnswer;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }
}
