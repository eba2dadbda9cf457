package org.scrutiny.hearings.web;

import java.time.LocalDate;
import java.util.Optional;
import org.scrutiny.hearings.domain.ConfirmationHearing;
import org.scrutiny.shared.web.DateInput;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.MultiLine;
import org.springframework.validation.BindingResult;

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

    /** The proposal as entered, with a field error for a post or date that cannot be read. */
    ConfirmationHearing.Proposal proposal(BindingResult result) {
        ConfirmationHearing.Post chosen =
                Forms.choice(ConfirmationHearing.Post.class, post, result, "post", "Choose the post");
        LocalDate received = date.toDate(result, "date", "the date the proposal was received", true);
        return new ConfirmationHearing.Proposal(chosen, Forms.trimmed(candidate), criteria, terms, received);
    }

    /** The panel's report as entered; empty, with the errors in {@code result}, when no meeting is chosen. */
    Optional<ConfirmationHearing.Report> report(BindingResult result) {
        Long held = Forms.id(meeting);
        if (held == null) {
            result.rejectValue("meeting", "required", "Choose the meeting at which the hearing was held");
        }
        Integer votes = Forms.wholeNumber(
                votesForVeto, result, "votesForVeto", "The votes for a veto must be a whole number", false, 0, 99);
        LocalDate reportOn = date.toDate(result, "date", "the date of the report", true);
        return held == null
                ? Optional.empty()
                : Optional.of(new ConfirmationHearing.Report(held, votes, Forms.trimmed(recommendation), reportOn));
    }

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
