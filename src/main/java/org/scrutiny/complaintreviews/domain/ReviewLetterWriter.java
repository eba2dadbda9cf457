package org.scrutiny.complaintreviews.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.publishing.AccessiblePdf;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.mail.Mailbox;
import org.springframework.stereotype.Component;

/**
 * Writes to the complainant: the acknowledgement, the request found invalid or forwarded to the
 * IOPC, and the decision. The decision letter is an accessible PDF made from the record each time
 * it is asked for (a final decision does not change) and the same words go by email when the
 * complainant gave an address. Keys of the emails start with the request's, so that erasing its
 * personal data can forget them.
 */
@Component
class ReviewLetterWriter {

    static final String JUDICIAL_REVIEW = "This decision is final: there is no further right of review. If you are"
            + " still dissatisfied, the only route left is to apply to the High Court for judicial review.";

    private final AccessiblePdf pdf;
    private final Mailbox mailbox;
    private final PanelMembership membership;

    ReviewLetterWriter(AccessiblePdf pdf, Mailbox mailbox, PanelMembership membership) {
        this.pdf = pdf;
        this.mailbox = mailbox;
        this.membership = membership;
    }

    static String mailKey(ReviewRequest request) {
        return "complaint-review-" + request.getId() + "-";
    }

    void acknowledgement(ReviewRequest request) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("We received your request for a review of how your complaint (the force's reference "
                + request.getForceReference() + ") was handled on " + DisplayFormats.dayOf(request.getReceivedOn())
                + ". Our reference is " + request.reference() + ".");
        paragraphs.add("A review looks at one question: whether the outcome of the handling of your complaint was"
                + " reasonable and proportionate. It does not look again at what led to the complaint.");
        paragraphs.add("Please confirm that you want the review to go ahead by "
                + DisplayFormats.dayOf(request.getConfirmBy())
                + ", by replying to this message or writing to us. If we do not hear from you by then, we will"
                + " close the request.");
        email(request, "acknowledgement", "Your request for a review: " + request.reference(), paragraphs);
    }

    void invalid(ReviewRequest request) {
        email(
                request,
                "invalid",
                "Your request for a review: " + request.reference(),
                List.of(
                        "We have looked at your request for a review (our reference " + request.reference() + ").",
                        "We cannot review the handling of your complaint: "
                                + request.getInvalidReason().label().toLowerCase(Locale.UK) + ".",
                        "A request must reach us within 28 days beginning with the day after you were given the"
                                + " outcome of your complaint: for you, by "
                                + DisplayFormats.dayOf(request.window().lastDay()) + "."));
    }

    void forwarded(ReviewRequest request) {
        email(
                request,
                "forwarded",
                "Your request for a review has been sent to the IOPC: " + request.reference(),
                List.of(
                        "The Independent Office for Police Conduct, not the Commissioner's office, is the body that"
                                + " reviews the handling of your complaint ("
                                + request.getIopcGround().label().toLowerCase(Locale.UK) + ").",
                        "We have sent your request to the IOPC, which will contact you. The time your request spent"
                                + " with us does not count against you."));
    }

    void decision(ReviewRequest request) {
        email(request, "decision", subject(request), decisionParagraphs(request));
    }

    byte[] decisionPdf(ReviewRequest request) {
        PanelDetails panel = membership.panel();
        Map<String, Object> model = new HashMap<>();
        model.put("office", office(panel));
        model.put("request", request);
        model.put("subjectLine", subject(request));
        model.put("name", request.getComplainantName());
        model.put(
                "address",
                request.getPostalAddress() == null
                        ? List.of()
                        : request.getPostalAddress()
                                .lines()
                                .map(String::strip)
                                .filter(l -> !l.isEmpty())
                                .toList());
        model.put(
                "dear",
                request.getComplainantName() == null
                        ? "Dear complainant,"
                        : "Dear " + request.getComplainantName() + ",");
        model.put("paragraphs", decisionParagraphs(request));
        model.put("on", request.getCompletedOn());
        return pdf.render("complaintreviews/pdf/letter", model);
    }

    private static String subject(ReviewRequest request) {
        return "The outcome of your request for a review: " + request.reference();
    }

    static String office(PanelDetails panel) {
        return panel.policeForceArea() == null || panel.policeForceArea().isBlank()
                ? "Office of the Police and Crime Commissioner"
                : "Office of the Police and Crime Commissioner for " + panel.policeForceArea();
    }

    static List<String> decisionParagraphs(ReviewRequest request) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("We have reviewed how your complaint (the force's reference " + request.getForceReference()
                + ") was handled, as you asked on " + DisplayFormats.dayOf(request.getReceivedOn()) + ".");
        if (Boolean.TRUE.equals(request.getUpheld())) {
            paragraphs.add("We have found that the outcome of the handling of your complaint was not reasonable and"
                    + " proportionate, and we have upheld your review. We have recommended that the Chief Constable:");
            request.getRecommendations().forEach(r -> paragraphs.add("– " + r.getText()));
            paragraphs.add("The force must tell you what it will do in answer to these recommendations.");
        } else {
            paragraphs.add("We have found that the outcome of the handling of your complaint was reasonable and"
                    + " proportionate, and we have not upheld your review.");
        }
        if (request.getDecisionReasons() != null) {
            paragraphs.add("Our reasons: " + request.getDecisionReasons());
        }
        paragraphs.add(JUDICIAL_REVIEW);
        return paragraphs;
    }

    /** Forgets the emails sent about a request, when its personal data is erased. */
    void forget(ReviewRequest request) {
        mailbox.forget(mailKey(request));
    }

    private void email(ReviewRequest request, String kind, String subject, List<String> paragraphs) {
        if (request.getEmail() == null) {
            return;
        }
        String dear = request.getComplainantName() == null
                ? "Dear complainant,"
                : "Dear " + request.getComplainantName() + ",";
        StringBuilder body = new StringBuilder(dear).append("\n\n");
        paragraphs.forEach(p -> body.append(p).append("\n\n"));
        body.append("Yours sincerely\n\nReview Officer\n")
                .append(office(membership.panel()))
                .append('\n');
        mailbox.queue(mailKey(request) + kind, List.of(request.getEmail()), subject, body.toString(), null);
    }
}
