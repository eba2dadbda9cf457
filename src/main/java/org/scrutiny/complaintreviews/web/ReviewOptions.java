package org.scrutiny.complaintreviews.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scrutiny.complaintreviews.domain.ChiefConstableComplaint;
import org.scrutiny.complaintreviews.domain.ReviewRecommendation;
import org.scrutiny.complaintreviews.domain.ReviewRequest;
import org.scrutiny.shared.web.Option;

/** The choices the complaint review forms offer, in the words the pages use. */
final class ReviewOptions {

    static List<Option> channels() {
        return Arrays.stream(ReviewRequest.Channel.values())
                .filter(channel -> channel != ReviewRequest.Channel.ONLINE_FORM)
                .map(channel -> Option.of(channel.name(), channel.label()))
                .toList();
    }

    public List<Option> outcomes() {
        return List.of(
                new Option("NOT_UPHELD", "Not upheld: the outcome was reasonable and proportionate"),
                new Option("UPHELD", "Upheld: the outcome was not reasonable and proportionate"));
    }

    public List<Option> forceAnswers() {
        return Arrays.stream(ReviewRecommendation.ForceAnswer.values())
                .map(answer -> Option.of(answer.name(), answer.label()))
                .toList();
    }

    public List<Option> recorded() {
        return List.of(
                new Option("", "Not decided yet"),
                new Option("YES", "Recorded under Schedule 3"),
                new Option("NO", "Not recorded"));
    }

    public List<Option> chiefConstableOutcomes() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "No outcome yet"));
        for (ChiefConstableComplaint.Outcome outcome : ChiefConstableComplaint.Outcome.values()) {
            options.add(Option.of(outcome.name(), outcome.label()));
        }
        return options;
    }

    public List<Option> iopcReviews() {
        return Arrays.stream(ChiefConstableComplaint.IopcReview.values())
                .map(review -> Option.of(review.name(), review.label()))
                .toList();
    }
}
