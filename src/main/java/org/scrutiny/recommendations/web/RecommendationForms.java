package org.scrutiny.recommendations.web;

import java.time.LocalDate;
import org.scrutiny.recommendations.domain.Recommendation;
import org.scrutiny.shared.web.DateInput;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.MultiLine;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** What the recommendation pages post. */
final class RecommendationForms {

    private RecommendationForms() {}

    public static class Sending {
        private String meeting = "";
        private Long minute;
        private String kind = "RECOMMENDATION";
        private String title;

        @MultiLine
        private String text;

        private DateInput sentOn = new DateInput();
        private DateInput responseDue = new DateInput();

        public String getMeeting() {
            return meeting;
        }

        public void setMeeting(String meeting) {
            this.meeting = meeting;
        }

        public Long getMinute() {
            return minute;
        }

        public void setMinute(Long minute) {
            this.minute = minute;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public DateInput getSentOn() {
            return sentOn;
        }

        public void setSentOn(DateInput sentOn) {
            this.sentOn = sentOn;
        }

        public DateInput getResponseDue() {
            return responseDue;
        }

        public void setResponseDue(DateInput responseDue) {
            this.responseDue = responseDue;
        }
    }

    public static class Response {
        @MultiLine
        private String responseText;

        private DateInput received = new DateInput();
        private String outcome;
        private MultipartFile letter;
        private long version;

        /** The response as entered, with a field error for a date or outcome that cannot be read. */
        Recommendation.Response response(BindingResult result) {
            LocalDate on = received.toDate(result, "received", "the date the response was received", true);
            Recommendation.Outcome chosen = Forms.choice(
                    Recommendation.Outcome.class,
                    outcome,
                    result,
                    "outcome",
                    "Choose what the Commissioner made of it");
            return new Recommendation.Response(Forms.trimmed(responseText), on, chosen);
        }

        public String getResponseText() {
            return responseText;
        }

        public void setResponseText(String responseText) {
            this.responseText = responseText;
        }

        public DateInput getReceived() {
            return received;
        }

        public void setReceived(DateInput received) {
            this.received = received;
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public MultipartFile getLetter() {
            return letter;
        }

        public void setLetter(MultipartFile letter) {
            this.letter = letter;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    public static class Rules {
        private String responseMonths;
        private String reminderWorkingDays;
        private long version;

        public String getResponseMonths() {
            return responseMonths;
        }

        public void setResponseMonths(String responseMonths) {
            this.responseMonths = responseMonths;
        }

        public String getReminderWorkingDays() {
            return reminderWorkingDays;
        }

        public void setReminderWorkingDays(String reminderWorkingDays) {
            this.reminderWorkingDays = reminderWorkingDays;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }
}
