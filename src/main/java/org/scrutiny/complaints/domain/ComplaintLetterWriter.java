package org.scrutiny.complaints.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scrutiny.complaints.domain.ComplaintLetter.Addressee;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.publishing.AccessiblePdf;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.mail.Mailbox;
import org.springframework.stereotype.Component;

/**
 * Writes the letters of a complaint from the panel's template: the same words as an accessible
 * PDF kept on the complaint (to post, or for the file) and, where the person gave an email address
 * and asked to be written to by email, as an email through the outbox.
 */
@Component
class ComplaintLetterWriter {

    static final String OMBUDSMAN =
            "If you are not satisfied with the way the panel has handled the complaint, you can ask the Local Government "
                    + "and Social Care Ombudsman to look at it: www.lgo.org.uk, telephone 0300 061 0614.";

    private final ComplaintLetters letters;
    private final AccessiblePdf pdf;
    private final Mailbox mailbox;
    private final PanelMembership membership;

    ComplaintLetterWriter(ComplaintLetters letters, AccessiblePdf pdf, Mailbox mailbox, PanelMembership membership) {
        this.letters = letters;
        this.pdf = pdf;
        this.mailbox = mailbox;
        this.membership = membership;
    }

    /** A letter to the complainant; returns it, emailed when they asked for email. */
    ComplaintLetter toComplainant(Complaint complaint, ComplaintLetter.Kind kind, LocalDate on) {
        String name = complaint.getComplainantName();
        boolean byEmail = complaint.getContactBy() == Complaint.ContactBy.EMAIL && complaint.getEmail() != null;
        return write(
                complaint,
                kind,
                Addressee.COMPLAINANT,
                on,
                name,
                complaint.getPostalAddress(),
                paragraphsForComplainant(complaint, kind),
                byEmail ? complaint.getEmail() : null);
    }

    /** A letter to the person complained against, emailed when the panel has their address. */
    ComplaintLetter toPersonComplainedAgainst(Complaint complaint, ComplaintLetter.Kind kind, LocalDate on) {
        String email = complaint.getSubjectPersonId() == null
                ? null
                : membership.emailOf(complaint.getSubjectPersonId()).orElse(null);
        String name =
                complaint.getSubjectName() == null ? complaint.getSubject().label() : complaint.getSubjectName();
        return write(
                complaint,
                kind,
                Addressee.PERSON_COMPLAINED_AGAINST,
                on,
                name,
                null,
                paragraphsForSubject(complaint, kind),
                email);
    }

    private ComplaintLetter write(
            Complaint complaint,
            ComplaintLetter.Kind kind,
            Addressee addressee,
            LocalDate on,
            String name,
            String address,
            List<String> paragraphs,
            String email) {
        PanelDetails panel = membership.panel();
        String subjectLine = heading(kind) + " (" + complaint.reference() + ")";
        String dear = "Dear " + (name == null || name.isBlank() ? "Sir or Madam" : name) + ",";
        String signature = "Secretariat of the " + panel.name();
        Map<String, Object> model = new HashMap<>();
        model.put("panel", panel);
        model.put("title", panel.name() + ": " + subjectLine);
        model.put("subjectLine", subjectLine);
        model.put("on", on);
        model.put("name", name);
        model.put("address", lines(address));
        model.put("panelAddress", lines(panel.postalAddress()));
        model.put("dear", dear);
        model.put("paragraphs", paragraphs);
        model.put("signature", signature);
        byte[] document = pdf.render("complaints/pdf/letter", model);
        String body = dear + "\n\n" + String.join("\n\n", paragraphs) + "\n\nYours sincerely\n\n" + signature
                + (panel.email().isBlank() ? "" : "\n" + panel.email());
        boolean emailed = email != null
                && mailbox.queue(
                        "complaint:" + complaint.getId() + ":" + kind.name().toLowerCase(Locale.ROOT) + ":"
                                + addressee.name().toLowerCase(Locale.ROOT),
                        List.of(email),
                        subjectLine,
                        body,
                        null);
        return letters.save(
                new ComplaintLetter(complaint.getId(), kind, addressee, on, subjectLine, body, document, emailed));
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().filter(line -> !line.isBlank()).toList();
    }

    private static String heading(ComplaintLetter.Kind kind) {
        return switch (kind) {
            case ACKNOWLEDGEMENT -> "We have received your complaint";
            case RECORDING_DECISION -> "The panel's decision on recording your complaint";
            case COPY_TO_SUBJECT -> "A complaint about your conduct";
            case DISAPPLICATION -> "The panel's decision on your complaint";
            case WITHDRAWAL -> "Your complaint has been withdrawn";
            case OUTCOME -> "The outcome of the complaint";
        };
    }

    private static String about(Complaint complaint) {
        return complaint.getSubject().label().replaceFirst("^The", "the");
    }

    private static List<String> paragraphsForComplainant(Complaint complaint, ComplaintLetter.Kind kind) {
        List<String> said = new ArrayList<>();
        String received = DisplayFormats.dayOf(complaint.getReceivedOn());
        switch (kind) {
            case ACKNOWLEDGEMENT -> {
                said.add("Thank you for your complaint about the conduct of " + about(complaint)
                        + ", which the panel received on " + received + ". Your reference is " + complaint.reference()
                        + ": please quote it if you contact us.");
                said.add(
                        "What happens next: the panel will decide whether to record your complaint under the Elected Local "
                                + "Policing Bodies (Complaints and Misconduct) Regulations 2012, and will write to tell you its "
                                + "decision and the reasons for it.");
                if (complaint.getAdjustments() != null) {
                    said.add("You asked us to make these adjustments, and we will: " + complaint.getAdjustments());
                }
            }
            case RECORDING_DECISION -> said.addAll(recordingDecision(complaint, received));
            case DISAPPLICATION -> {
                said.add("The panel recorded your complaint " + complaint.reference() + ", received on " + received
                        + ". It has decided, under regulation 15(3) of the Regulations, to take no further action on it, because "
                        + lower(complaint.getDisapplicationGround().label()) + ".");
                said.add(OMBUDSMAN);
            }
            case WITHDRAWAL -> said.add("We have your signed notice withdrawing your complaint " + complaint.reference()
                    + ", received on " + received + ". We recorded the withdrawal on "
                    + DisplayFormats.dayOf(complaint.getWithdrawnOn()) + ", and no further action will be taken on it."
                    + (complaint.isIopcToldOfWithdrawal()
                            ? " The Independent Office for Police Conduct, which had the complaint, has been told."
                            : ""));
            case OUTCOME -> said.addAll(outcome(complaint));
            case COPY_TO_SUBJECT -> throw new IllegalArgumentException(
                    "The copy goes to the person complained against");
        }
        return said;
    }

    private static List<String> recordingDecision(Complaint complaint, String received) {
        List<String> said = new ArrayList<>();
        switch (complaint.getStatus()) {
            case NOT_RECORDED -> {
                said.add(
                        "The panel has considered your complaint " + complaint.reference() + ", received on " + received
                                + ", and has decided not to record it, because "
                                + lower(complaint.getNotRecordedReason().label())
                                + ".");
                said.add(OMBUDSMAN);
            }
            case FORWARDED -> said.add("The panel has considered your complaint " + complaint.reference()
                    + ", received on "
                    + received + ". It is not one the panel can deal with: "
                    + lower(complaint.getForwardedTo().label())
                    + " is the right body to consider it, and we have passed it to " + complaint.getForwardedBody()
                    + ", who will contact you.");
            default -> {
                said.add("The panel has recorded your complaint " + complaint.reference() + ", received on " + received
                        + ".");
                if (complaint.isAllegesCriminalOffence()) {
                    said.add(
                            "Because it alleges a criminal offence, the panel must refer it to the Independent Office for "
                                    + "Police Conduct, which will decide whether to investigate it. We will tell you what it decides.");
                } else {
                    said.add(
                            "It will be resolved informally: the panel will seek the comments of both sides and may meet "
                                    + "you, give you an explanation or, if the person complained against agrees, an apology. There "
                                    + "is no investigation and no sanction. The panel aims to finish by "
                                    + DisplayFormats.dayOf(complaint.getResolutionDue()) + ".");
                }
                if (complaint.getDisclosure() == Complaint.Disclosure.COPY_SENT) {
                    said.add(
                            "As the Regulations require, the person complained against has been sent a copy of your complaint.");
                }
            }
        }
        return said;
    }

    private static List<String> outcome(Complaint complaint) {
        List<String> said = new ArrayList<>();
        said.add("Complaint " + complaint.reference() + ", about the conduct of " + about(complaint)
                + " and received on "
                + DisplayFormats.dayOf(complaint.getReceivedOn()) + ", has been resolved informally by "
                + complaint.getResolvedBy() + " on " + DisplayFormats.dayOf(complaint.getResolvedOn()) + ".");
        said.add("What was done: "
                + String.join(
                        "; ",
                        complaint.resolutionSteps().stream()
                                .map(step -> lower(step.label()))
                                .toList())
                + ".");
        said.add("The outcome: " + complaint.getOutcome());
        said.add("Informal resolution has no investigation, no sanction and no appeal. " + OMBUDSMAN);
        return said;
    }

    private static List<String> paragraphsForSubject(Complaint complaint, ComplaintLetter.Kind kind) {
        return switch (kind) {
            case COPY_TO_SUBJECT -> List.of(
                    "The panel has recorded a complaint about your conduct, reference " + complaint.reference()
                            + ", received on " + DisplayFormats.dayOf(complaint.getReceivedOn())
                            + ". As the Regulations require, a copy of it follows.",
                    complaint.getDescription() == null
                            ? "(The complaint's words have been erased.)"
                            : complaint.getDescription(),
                    "The panel will ask for your comments as it seeks to resolve the complaint informally.");
            case OUTCOME -> outcome(complaint);
            default -> throw new IllegalArgumentException(
                    "Only the copy and the outcome go to the person complained against");
        };
    }

    private static String lower(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
