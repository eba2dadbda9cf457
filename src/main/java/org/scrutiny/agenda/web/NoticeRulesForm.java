package org.scrutiny.agenda.web;

import java.time.LocalTime;
import java.util.Optional;
import org.scrutiny.agenda.QuestionDeadlineRule;
import org.scrutiny.agenda.domain.NoticeRules;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.TimeInput;
import org.springframework.validation.BindingResult;

public class NoticeRulesForm {

    private String clearWorkingDays;
    private String questionRule;
    private String questionDays;
    private String questionTime;
    private long version;

    /** The rules as entered; empty, with an error on each field that cannot be read, when one cannot be. */
    Optional<NoticeRules.Change> change(BindingResult result) {
        Integer clearDays = number(
                clearWorkingDays,
                result,
                "clearWorkingDays",
                "Enter the clear working days of notice as a whole number, like 5");
        QuestionDeadlineRule rule = Forms.choice(
                QuestionDeadlineRule.class,
                questionRule,
                result,
                "questionRule",
                "Select how the question deadline is counted");
        Integer days =
                number(questionDays, result, "questionDays", "Enter the number of days as a whole number, like 3");
        LocalTime time = TimeInput.parse(questionTime, result, "questionTime", "the time questions close", true);
        return result.hasErrors() ? Optional.empty() : Optional.of(new NoticeRules.Change(clearDays, rule, days, time));
    }

    private static Integer number(String value, BindingResult result, String field, String message) {
        try {
            return Integer.valueOf(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            result.rejectValue(field, "number", message);
            return null;
        }
    }

    static NoticeRulesForm of(NoticeRules rules) {
        NoticeRulesForm form = new NoticeRulesForm();
        form.clearWorkingDays = Integer.toString(rules.getClearWorkingDays());
        form.questionRule = rules.getQuestionRule().name();
        form.questionDays = Integer.toString(rules.getQuestionDays());
        form.questionTime = TimeInput.format(rules.getQuestionTime());
        form.version = rules.getVersion();
        return form;
    }

    public String getClearWorkingDays() {
        return clearWorkingDays;
    }

    public void setClearWorkingDays(String clearWorkingDays) {
        this.clearWorkingDays = clearWorkingDays;
    }

    public String getQuestionRule() {
        return questionRule;
    }

    public void setQuestionRule(String questionRule) {
        this.questionRule = questionRule;
    }

    public String getQuestionDays() {
        return questionDays;
    }

    public void setQuestionDays(String questionDays) {
        this.questionDays = questionDays;
    }

    public String getQuestionTime() {
        return questionTime;
    }

    public void setQuestionTime(String questionTime) {
        this.questionTime = questionTime;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
