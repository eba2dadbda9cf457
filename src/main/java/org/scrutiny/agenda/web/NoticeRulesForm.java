package org.scrutiny.agenda.web;

import org.scrutiny.agenda.domain.NoticeRules;
import org.scrutiny.shared.web.TimeInput;

public class NoticeRulesForm {

    private String clearWorkingDays;
    private String questionRule;
    private String questionDays;
    private String questionTime;
    private long version;

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
