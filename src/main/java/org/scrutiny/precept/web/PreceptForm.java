package org.scrutiny.precept.web;

import org.scrutiny.shared.web.DateInput;

/** Every field the precept pages post; each step reads the ones it needs. */
public class PreceptForm {

    private String financialYear;
    private DateInput date = new DateInput();
    private String increase;
    private String currentBandD;
    private String proposedBandD;
    private String summary;
    private String meeting = "";
    private String votesForVeto;
    private String vetoReason;
    private String decision;
    private String reasons;
    private String text;
    private long version;

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
