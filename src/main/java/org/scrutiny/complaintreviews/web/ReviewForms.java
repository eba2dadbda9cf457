package org.scrutiny.complaintreviews.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.scrutiny.complaintreviews.domain.ChiefConstableComplaint;
import org.scrutiny.complaintreviews.domain.ReviewRecommendation;
import org.scrutiny.complaintreviews.domain.ReviewRequest;
import org.scrutiny.complaintreviews.domain.ReviewService;
import org.scrutiny.shared.web.DateInput;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.MultiLine;
import org.scrutiny.shared.web.Option;
import org.springframework.validation.BindingResult;

/** What the complaint review pages post; each form turns itself into the service's command. */
final class ReviewForms {

    static final int NAME_LIMIT = 200;
    static final int REFERENCE_LIMIT = 50;
    static final int ADDRESS_LIMIT = 500;
    static final int TEXT_LIMIT = 20_000;
    static final int NOTE_LIMIT = 2_000;

    private ReviewForms() {}

    static List<Option> iopcGrounds() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "None of these: the office is the relevant review body"));
        for (ReviewRequest.IopcGround ground : ReviewRequest.IopcGround.values()) {
            options.add(Option.of(ground.name(), ground.label()));
        }
        return options;
    }

    /** What the complainant tells: who they are, the force's reference, when they had the outcome, and why they ask. */
    public static class Details {
        private String name;
        private String email;

        @MultiLine
        private String postalAddress;

        private String forceReference;
        private DateInput outcomeGivenOn = new DateInput();
        private DateInput sentToIopcOn = new DateInput();

        @MultiLine
        private String grounds;

        ReviewRequest.Complainant complainant(BindingResult result, boolean emailRequired) {
            String name = Forms.required(
                    this.name, "name", "The name", NAME_LIMIT, "Enter the complainant's full name", result);
            String email = Forms.trimmed(this.email);
            if (email != null || emailRequired) {
                email = Forms.email(this.email, result, "email", "Enter an email address, so that we can write to you");
            }
            String address = Forms.limited(postalAddress, "postalAddress", "The postal address", ADDRESS_LIMIT, result);
            String grounds = Forms.required(
                    this.grounds,
                    "grounds",
                    "Why the review is asked for",
                    TEXT_LIMIT,
                    "Say why the outcome of the complaint was not reasonable and proportionate",
                    result);
            return new ReviewRequest.Complainant(name, email, address, grounds);
        }

        ReviewRequest.Facts facts(
                BindingResult result, ReviewRequest.Channel channel, LocalDate receivedOn, LocalDate today) {
            String reference = Forms.required(
                    forceReference,
                    "forceReference",
                    "The force's complaint reference",
                    REFERENCE_LIMIT,
                    "Enter the force's reference for the complaint, from its outcome letter",
                    result);
            LocalDate outcome = outcomeGivenOn.toDate(result, "outcomeGivenOn", "the day the outcome was given", true);
            if (outcome != null && outcome.isAfter(today)) {
                result.rejectValue(
                        "outcomeGivenOn", "future", "The day the outcome was given must be today or in the past");
            } else if (outcome != null && receivedOn != null && outcome.isAfter(receivedOn)) {
                result.rejectValue(
                        "outcomeGivenOn",
                        "order",
                        "The day the outcome was given must be before the request was received");
            }
            LocalDate iopc = sentToIopcOn.toDate(result, "sentToIopcOn", "the day it was sent to the IOPC", false);
            if (iopc != null && iopc.isAfter(today)) {
                result.rejectValue(
                        "sentToIopcOn", "future", "The day it was sent to the IOPC must be today or in the past");
            }
            return new ReviewRequest.Facts(channel, receivedOn, iopc, reference, outcome);
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

        public String getPostalAddress() {
            return postalAddress;
        }

        public void setPostalAddress(String postalAddress) {
            this.postalAddress = postalAddress;
        }

        public String getForceReference() {
            return forceReference;
        }

        public void setForceReference(String forceReference) {
            this.forceReference = forceReference;
        }

        public DateInput getOutcomeGivenOn() {
            return outcomeGivenOn;
        }

        public void setOutcomeGivenOn(DateInput outcomeGivenOn) {
            this.outcomeGivenOn = outcomeGivenOn;
        }

        public DateInput getSentToIopcOn() {
            return sentToIopcOn;
        }

        public void setSentToIopcOn(DateInput sentToIopcOn) {
            this.sentToIopcOn = sentToIopcOn;
        }

        public String getGrounds() {
            return grounds;
        }

        public void setGrounds(String grounds) {
            this.grounds = grounds;
        }
    }

    /** The public's request; {@code website} is a field only robots fill in. */
    public static class Asking extends Details {
        private String website;

        public String getWebsite() {
            return website;
        }

        public void setWebsite(String website) {
            this.website = website;
        }
    }

    /** The force's handling, as the officer checked it. */
    public static class Handling extends Step {
        private boolean recordedUnderSchedule3 = true;
        private boolean investigated;
        private String iopcGround = "";

        /** The force's handling as last recorded, so that a correction starts from it. */
        static Handling of(ReviewRequest request) {
            Handling form = new Handling();
            if (request.isHandlingChecked()) {
                form.recordedUnderSchedule3 = request.isRecordedUnderSchedule3();
                form.investigated = request.isInvestigated();
                form.iopcGround = request.getIopcGround() == null
                        ? ""
                        : request.getIopcGround().name();
            }
            return form;
        }

        ReviewRequest.Handling handling(BindingResult result) {
            return ReviewForms.handling(recordedUnderSchedule3, investigated, iopcGround, result);
        }

        public boolean isRecordedUnderSchedule3() {
            return recordedUnderSchedule3;
        }

        public void setRecordedUnderSchedule3(boolean recordedUnderSchedule3) {
            this.recordedUnderSchedule3 = recordedUnderSchedule3;
        }

        public boolean isInvestigated() {
            return investigated;
        }

        public void setInvestigated(boolean investigated) {
            this.investigated = investigated;
        }

        public String getIopcGround() {
            return iopcGround;
        }

        public void setIopcGround(String iopcGround) {
            this.iopcGround = iopcGround;
        }
    }

    /** A request the office enters from a letter, an email or the force. */
    public static class Entry extends Details {
        private String channel = "";
        private DateInput receivedOn = new DateInput();
        private boolean recordedUnderSchedule3 = true;
        private boolean investigated;
        private String iopcGround = "";

        ReviewService.Entry entry(BindingResult result, LocalDate today) {
            ReviewRequest.Channel channel = Forms.choice(
                    ReviewRequest.Channel.class, this.channel, result, "channel", "Choose how the request arrived");
            LocalDate received = receivedOn.toDate(result, "receivedOn", "the day it was received", true);
            if (received != null && received.isAfter(today)) {
                result.rejectValue("receivedOn", "future", "The day it was received must be today or in the past");
                received = null;
            }
            ReviewRequest.Facts facts = facts(result, channel, received, today);
            if (facts.sentToIopcOn() != null
                    && received != null
                    && facts.sentToIopcOn().isAfter(received)) {
                result.rejectValue(
                        "sentToIopcOn",
                        "order",
                        "The day it was sent to the IOPC must be on or before the day we received it");
            }
            ReviewRequest.Complainant complainant = complainant(result, false);
            ReviewRequest.Handling checked = handling(recordedUnderSchedule3, investigated, iopcGround, result);
            return result.hasErrors() ? null : new ReviewService.Entry(facts, checked, complainant);
        }

        public String getChannel() {
            return channel;
        }

        public void setChannel(String channel) {
            this.channel = channel;
        }

        public DateInput getReceivedOn() {
            return receivedOn;
        }

        public void setReceivedOn(DateInput receivedOn) {
            this.receivedOn = receivedOn;
        }

        public boolean isRecordedUnderSchedule3() {
            return recordedUnderSchedule3;
        }

        public void setRecordedUnderSchedule3(boolean recordedUnderSchedule3) {
            this.recordedUnderSchedule3 = recordedUnderSchedule3;
        }

        public boolean isInvestigated() {
            return investigated;
        }

        public void setInvestigated(boolean investigated) {
            this.investigated = investigated;
        }

        public String getIopcGround() {
            return iopcGround;
        }

        public void setIopcGround(String iopcGround) {
            this.iopcGround = iopcGround;
        }
    }

    static ReviewRequest.Handling handling(
            boolean recordedUnderSchedule3, boolean investigated, String iopcGround, BindingResult result) {
        ReviewRequest.IopcGround ground = null;
        if (iopcGround != null && !iopcGround.isBlank()) {
            ground = Forms.choice(
                    ReviewRequest.IopcGround.class,
                    iopcGround,
                    result,
                    "iopcGround",
                    "Choose why the IOPC is the relevant review body, or none of these");
        }
        return new ReviewRequest.Handling(recordedUnderSchedule3, investigated, ground);
    }

    /** Any step that needs nothing but the version the officer saw. */
    public static class Step {
        private long version;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** A step on a day the officer gives: the complainant's confirmation, a suspension, a resumption. */
    public static class Dated extends Step {
        private DateInput on = new DateInput();

        LocalDate on(BindingResult result, String label) {
            return on.toDate(result, "on", label, true);
        }

        public DateInput getOn() {
            return on;
        }

        public void setOn(DateInput on) {
            this.on = on;
        }
    }

    public static class Suspension extends Dated {
        @MultiLine
        private String reason;

        String reason(BindingResult result) {
            return Forms.required(
                    reason, "reason", "The reason", NOTE_LIMIT, "Say why the review is suspended", result);
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    public static class LateAcceptance extends Step {
        @MultiLine
        private String lateReason;

        String reason(BindingResult result) {
            return Forms.required(
                    lateReason, "lateReason", "The reason", NOTE_LIMIT, "Say why the late request is accepted", result);
        }

        public String getLateReason() {
            return lateReason;
        }

        public void setLateReason(String lateReason) {
            this.lateReason = lateReason;
        }
    }

    public static class Assignment extends Step {
        private String reviewOfficer;

        String officer(BindingResult result) {
            return Forms.required(
                    reviewOfficer, "reviewOfficer", "The name", NAME_LIMIT, "Enter the review officer", result);
        }

        public String getReviewOfficer() {
            return reviewOfficer;
        }

        public void setReviewOfficer(String reviewOfficer) {
            this.reviewOfficer = reviewOfficer;
        }
    }

    /** The decision: upheld or not, the reasons, and up to three recommendations. */
    public static class Decision extends Step {
        private String outcome = "";

        @MultiLine
        private String reasons;

        @MultiLine
        private String recommendation1;

        @MultiLine
        private String recommendation2;

        @MultiLine
        private String recommendation3;

        ReviewService.Decision decision(BindingResult result) {
            boolean upheld = "UPHELD".equals(outcome);
            if (!upheld && !"NOT_UPHELD".equals(outcome)) {
                result.rejectValue("outcome", "choice", "Say whether the outcome was reasonable and proportionate");
            }
            String reasons = Forms.required(
                    this.reasons, "reasons", "The reasons", TEXT_LIMIT, "Give the reasons for the decision", result);
            List<String> recommendations = new ArrayList<>();
            for (String[] field : new String[][] {
                {"recommendation1", recommendation1},
                {"recommendation2", recommendation2},
                {"recommendation3", recommendation3}
            }) {
                String text = Forms.limited(field[1], field[0], "A recommendation", NOTE_LIMIT, result);
                if (text != null) {
                    recommendations.add(text);
                }
            }
            return new ReviewService.Decision(upheld, reasons, recommendations);
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public String getReasons() {
            return reasons;
        }

        public void setReasons(String reasons) {
            this.reasons = reasons;
        }

        public String getRecommendation1() {
            return recommendation1;
        }

        public void setRecommendation1(String recommendation1) {
            this.recommendation1 = recommendation1;
        }

        public String getRecommendation2() {
            return recommendation2;
        }

        public void setRecommendation2(String recommendation2) {
            this.recommendation2 = recommendation2;
        }

        public String getRecommendation3() {
            return recommendation3;
        }

        public void setRecommendation3(String recommendation3) {
            this.recommendation3 = recommendation3;
        }
    }

    /** The force's answer to one recommendation. */
    public static class ForceAnswer extends Step {
        private String recommendation = "";
        private String answer = "";

        ReviewRecommendation.ForceAnswer answer(BindingResult result) {
            return Forms.choice(
                    ReviewRecommendation.ForceAnswer.class, answer, result, "answer", "Choose the force's answer");
        }

        int index(BindingResult result, int count) {
            Integer number = Forms.wholeNumber(
                    recommendation, result, "recommendation", "Choose a recommendation", true, 1, Math.max(1, count));
            return number == null ? -1 : number - 1;
        }

        public String getRecommendation() {
            return recommendation;
        }

        public void setRecommendation(String recommendation) {
            this.recommendation = recommendation;
        }

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }
    }

    /** A complaint about the Chief Constable, as received. */
    public static class ChiefConstableReceipt {
        private DateInput receivedOn = new DateInput();
        private String name;

        @MultiLine
        private String summary;

        public DateInput getReceivedOn() {
            return receivedOn;
        }

        public void setReceivedOn(DateInput receivedOn) {
            this.receivedOn = receivedOn;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }
    }

    /** How a complaint about the Chief Constable was handled, as it stands. */
    public static class ChiefConstableHandling extends Step {
        private String recorded = "";

        @MultiLine
        private String notRecordedReason;

        private boolean referredToIopc;
        private String outcome = "";
        private DateInput outcomeOn = new DateInput();
        private String iopcReview = "NONE";

        static ChiefConstableHandling of(ChiefConstableComplaint complaint) {
            ChiefConstableHandling form = new ChiefConstableHandling();
            form.recorded = complaint.getRecorded() == null ? "" : complaint.getRecorded() ? "YES" : "NO";
            form.notRecordedReason = complaint.getNotRecordedReason();
            form.referredToIopc = complaint.isReferredToIopc();
            form.outcome =
                    complaint.getOutcome() == null ? "" : complaint.getOutcome().name();
            form.outcomeOn = DateInput.of(complaint.getOutcomeOn());
            form.iopcReview = complaint.getIopcReview().name();
            form.setVersion(complaint.getVersion());
            return form;
        }

        ChiefConstableComplaint.Handling handling(BindingResult result) {
            Boolean recorded =
                    switch (this.recorded == null ? "" : this.recorded) {
                        case "YES" -> true;
                        case "NO" -> false;
                        case "" -> null;
                        default -> {
                            result.rejectValue("recorded", "choice", "Say whether it was recorded under Schedule 3");
                            yield null;
                        }
                    };
            String reason = Forms.limited(notRecordedReason, "notRecordedReason", "The reason", NOTE_LIMIT, result);
            ChiefConstableComplaint.Outcome outcome = outcomeChoice(result);
            LocalDate on = outcomeOn.toDate(result, "outcomeOn", "the day of the outcome", false);
            ChiefConstableComplaint.IopcReview review = Forms.choice(
                    ChiefConstableComplaint.IopcReview.class,
                    iopcReview,
                    result,
                    "iopcReview",
                    "Choose whether the IOPC reviewed the outcome");
            return new ChiefConstableComplaint.Handling(
                    recorded,
                    reason,
                    referredToIopc,
                    outcome,
                    on,
                    review == null ? ChiefConstableComplaint.IopcReview.NONE : review);
        }

        private ChiefConstableComplaint.Outcome outcomeChoice(BindingResult result) {
            if (outcome == null || outcome.isBlank()) {
                return null;
            }
            return Forms.choice(
                    ChiefConstableComplaint.Outcome.class, outcome, result, "outcome", "Choose the outcome");
        }

        public String getRecorded() {
            return recorded;
        }

        public void setRecorded(String recorded) {
            this.recorded = recorded;
        }

        public String getNotRecordedReason() {
            return notRecordedReason;
        }

        public void setNotRecordedReason(String notRecordedReason) {
            this.notRecordedReason = notRecordedReason;
        }

        public boolean isReferredToIopc() {
            return referredToIopc;
        }

        public void setReferredToIopc(boolean referredToIopc) {
            this.referredToIopc = referredToIopc;
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public DateInput getOutcomeOn() {
            return outcomeOn;
        }

        public void setOutcomeOn(DateInput outcomeOn) {
            this.outcomeOn = outcomeOn;
        }

        public String getIopcReview() {
            return iopcReview;
        }

        public void setIopcReview(String iopcReview) {
            this.iopcReview = iopcReview;
        }
    }
}
