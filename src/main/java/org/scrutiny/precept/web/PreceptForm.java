package org.scrutiny.precept.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.scrutiny.precept.domain.PreceptYear;
import org.scrutiny.shared.web.DateInput;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.MultiLine;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;

/** Every field the precept pages post; each step reads the ones it needs. */
public class PreceptForm {

    /** Commissioners were first elected in November 2012; their first precepts were for 2013/14. */
    private static final int FIRST_PRECEPT_YEAR = 2013;

    private String financialYear;
    private DateInput date = new DateInput();
    private String increase;
    private String currentBandD;
    private String proposedBandD;

    @MultiLine
    private String summary;

    private String meeting = "";
    private String votesForVeto;
    private String vetoReason;

    @MultiLine
    private String decision;

    @MultiLine
    private String reasons;

    @MultiLine
    private String text;

    private long version;

    /** The Commissioner's notification as typed; fields that cannot be read are errors on the form. */
    PreceptYear.Notification notification(BindingResult result) {
        Integer year = Forms.wholeNumber(
                financialYear,
                result,
                "financialYear",
                "The financial year must be a whole number, like 2027",
                true,
                FIRST_PRECEPT_YEAR,
                2200);
        LocalDate notified = date.toDate(result, "date", "the date the notification was received", true);
        BigDecimal rise = Forms.pounds(increase, result, "increase", true);
        BigDecimal current = Forms.pounds(currentBandD, result, "currentBandD", false);
        BigDecimal proposed = Forms.pounds(proposedBandD, result, "proposedBandD", false);
        return result.hasErrors()
                ? null
                : new PreceptYear.Notification(year, notified, rise, current, proposed, Forms.trimmed(summary));
    }

    /** The meeting at which the panel voted, as chosen; null with an error on the form when none is. */
    Long votingMeeting(BindingResult result) {
        Long id = Forms.id(meeting);
        if (id == null) {
            result.rejectValue("meeting", "required", "Choose the meeting at which the panel voted");
        }
        return id;
    }

    /** The panel's vote as typed. */
    PreceptYear.Vote vote(BindingResult result) {
        Integer votes = Forms.wholeNumber(
                votesForVeto, result, "votesForVeto", "The votes for a veto must be a whole number", true, 0, 99);
        PreceptYear.VetoReason reason = StringUtils.hasText(vetoReason)
                ? Forms.choice(
                        PreceptYear.VetoReason.class, vetoReason, result, "vetoReason", "Choose too high or too low")
                : null;
        return votes == null
                ? null
                : new PreceptYear.Vote(votes, reason, Forms.trimmed(decision), Forms.trimmed(reasons));
    }

    public String getFinancialYear() {
        return financialYear;
    }

    public void setFinancialYear(String financialYear) {
        this.financialYear = financialYear;
    }

    public DateInput getDate() {
        return date;
    }

    public void setDate(DateInput date) {
        this.date = date;
    }

    public String getIncrease() {
        return increase;
    }

    public void setIncrease(String increase) {
        this.increase = increase;
    }

    public String getCurrentBandD() {
        return currentBandD;
    }

    public void setCurrentBandD(String currentBandD) {
        this.currentBandD = currentBandD;
    }

    public String getProposedBandD() {
        return proposedBandD;
    }

    public void setProposedBandD(String proposedBandD) {
        this.proposedBandD = proposedBandD;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getMeeting() {
        return meeting;
    }

    public void setMeeting(String meeting) {
        this.meeting = meeting;
    }

    public String getVotesForVeto() {
        return votesForVeto;
    }

    public void setVotesForVeto(String votesForVeto) {
        this.votesForVeto = votesForVeto;
    }

    public String getVetoReason() {
        return vetoReason;
    }

    public void setVetoReason(String vetoReason) {
        this.vetoReason = vetoReason;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
