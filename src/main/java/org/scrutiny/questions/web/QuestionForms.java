package org.scrutiny.questions.web;

import java.util.List;
import org.scrutiny.questions.domain.QuestionKind;
import org.scrutiny.questions.domain.QuestionRules;
import org.scrutiny.questions.domain.QuestionService;
import org.scrutiny.shared.web.DateInput;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.MultiLine;
import org.springframework.validation.BindingResult;

/** What the question pages post. */
final class QuestionForms {

    private QuestionForms() {}

    /** A member of the public's question or statement. {@code website} is a trap for robots. */
    public static class Asking {
        private String meeting = "";
        private String kind = "";
        private String name;
        private String email;
        private String area = "";

        @MultiLine
        private String text;

        private String attending = "";
        private String showName = "";
        private String website;

        /** What was sent, read against the panel's rules; null, with an error on each field at fault, when it cannot be. */
        QuestionService.Submission submission(BindingResult result, QuestionRules rules, List<String> areas) {
            Long meetingId = Forms.id(meeting);
            if (meetingId == null) {
                result.rejectValue("meeting", "required", "Choose the meeting your question or statement is for");
            }
            QuestionKind kind = Forms.choice(
                    QuestionKind.class, this.kind, result, "kind", "Choose whether it is a question or a statement");
            String name = Forms.trimmed(this.name);
            if (name == null) {
                result.rejectValue("name", "required", "Enter your full name");
            } else if (name.length() > PublicQuestionsController.NAME_LIMIT) {
                result.rejectValue(
                        "name",
                        "length",
                        "Your name must be " + PublicQuestionsController.NAME_LIMIT + " characters or fewer");
            }
            String email = Forms.email(
                    this.email,
                    result,
                    "email",
                    "Enter your email address, so that we can tell you what happens to it");
            String area = Forms.trimmed(this.area);
            if (rules.isAreaRequired() && area == null) {
                result.rejectValue("area", "required", "Choose the area you live or work in");
            } else if (area != null && !areas.contains(area)) {
                result.rejectValue("area", "choice", "Choose one of the areas listed");
            }
            String text = Forms.trimmed(this.text);
            if (text == null) {
                result.rejectValue("text", "required", "Enter your question or statement");
            } else if (text.length() > PublicQuestionsController.TEXT_LIMIT) {
                result.rejectValue(
                        "text",
                        "length",
                        "Your question or statement must be " + rules.getWordLimit() + " words or fewer");
            } else if (QuestionRules.wordsIn(text) > rules.getWordLimit()) {
                result.rejectValue(
                        "text",
                        "words",
                        "Your question or statement must be " + rules.getWordLimit() + " words or fewer; it has "
                                + QuestionRules.wordsIn(text));
            }
            Boolean attending =
                    yesOrNo(this.attending, result, "attending", "Say whether you will come to the meeting");
            Boolean showName =
                    yesOrNo(this.showName, result, "showName", "Say whether we may show your name with your question");
            if (result.hasErrors()) {
                return null;
            }
            return new QuestionService.Submission(meetingId, kind, text, name, email, area, attending, showName);
        }

        private static Boolean yesOrNo(String value, BindingResult result, String field, String message) {
            if ("yes".equals(value)) {
                return true;
            }
            if ("no".equals(value)) {
                return false;
            }
            result.rejectValue(field, "required", message);
            return null;
        }

        public String getMeeting() {
            return meeting;
        }

        public void setMeeting(String meeting) {
            this.meeting = meeting;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getArea() {
            return area;
        }

        public void setArea(String area) {
            this.area = area;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getAttending() {
            return attending;
        }

        public void setAttending(String attending) {
            this.attending = attending;
        }

        public String getShowName() {
            return showName;
        }

        public void setShowName(String showName) {
            this.showName = showName;
        }

        public String getWebsite() {
            return website;
        }

        public void setWebsite(String website) {
            this.website = website;
        }
    }

    /** The secretariat's decision: accept, reject (with a reason) or refer to the Chair. */
    public static class Decision {
        private long version;
        private String decision = "";
        private String reason = "";

        @MultiLine
        private String note;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getDecision() {
            return decision;
        }

        public void setDecision(String decision) {
            this.decision = decision;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    public static class Answering {
        private long version;
        private String answerKind = "";

        @MultiLine
        private String answer;

        private DateInput answeredOn = new DateInput();

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getAnswerKind() {
            return answerKind;
        }

        public void setAnswerKind(String answerKind) {
            this.answerKind = answerKind;
        }

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }

        public DateInput getAnsweredOn() {
            return answeredOn;
        }

        public void setAnsweredOn(DateInput answeredOn) {
            this.answeredOn = answeredOn;
        }
    }

    public static class Rules {
        private long version;
        private String wordLimit;
        private String mostPerPerson;
        private boolean areaRequired;

        @MultiLine
        private String rejectionReasons;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getWordLimit() {
            return wordLimit;
        }

        public void setWordLimit(String wordLimit) {
            this.wordLimit = wordLimit;
        }

        public String getMostPerPerson() {
            return mostPerPerson;
        }

        public void setMostPerPerson(String mostPerPerson) {
            this.mostPerPerson = mostPerPerson;
        }

        public boolean isAreaRequired() {
            return areaRequired;
        }

        public void setAreaRequired(boolean areaRequired) {
            this.areaRequired = areaRequired;
        }

        public String getRejectionReasons() {
            return rejectionReasons;
        }

        public void setRejectionReasons(String rejectionReasons) {
            this.rejectionReasons = rejectionReasons;
        }
    }
}
