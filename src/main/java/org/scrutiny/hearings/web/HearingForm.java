package org.scrutiny.hearings.web;

import org.scrutiny.shared.web.DateInput;
import org.scrutiny.shared.web.MultiLine;

/** What the confirmation hearing pages post. */
public class HearingForm {

    private String post;
    private String candidate;

    @MultiLine
    private String criteria;

    @MultiLine
    private String terms;

    private DateInput date = new DateInput();
    private String previous = "";
    private String meeting = "";
    private String votesForVeto;

    @MultiLine
    private String recommendation;

    @MultiLine
    private String decision;

    private long version;

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    public String getCandidate() {
        return candidate;
    }

    public void setCandidate(String candidate) {
        this.candidate = candidate;
    }

    public String getCriteria() {
        return criteria;
    }

    public void setCriteria(String criteria) {
        this.criteria = criteria;
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    public DateInput getDate() {
        return date;
    }

    public void setDate(DateInput date) {
        this.date = date;
    }

    public String getPrevious() {
        return previous;
    }

    public void setPrevious(String previous) {
        this.previous = previous;
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

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
