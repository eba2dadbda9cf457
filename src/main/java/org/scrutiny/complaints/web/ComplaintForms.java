package org.scrutiny.complaints.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.scrutiny.complaints.domain.Complaint;
import org.scrutiny.complaints.domain.ComplaintService;
import org.scrutiny.shared.UploadedFile;
import org.scrutiny.shared.web.DateInput;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.MultiLine;
import org.scrutiny.shared.web.Uploads;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** What the complaint pages post; each form turns itself into the service's command. */
final class ComplaintForms {

    static final int NAME_LIMIT = 200;
    static final int TEXT_LIMIT = 20_000;
    static final int ADDRESS_LIMIT = 500;
    static final int NOTE_LIMIT = 2_000;

    private ComplaintForms() {}

    /** The complainant's side, shared by the public form and the secretariat's entry. */
    public static class Details {
        private String subject = "";

        /** A document sent with the complaint (optional); checked in full when the complaint is saved. */
        private MultipartFile file;

        @MultiLine
        private String description;

        private DateInput incidentOn = new DateInput();
        private String name;
        private String email;
        private String telephone;

        @MultiLine
        private String postalAddress;

        private String contactBy = "";
        private String onBehalfOf;
        private boolean consentGiven;

        @MultiLine
        private String adjustments;

        Complaint.Subject subject(BindingResult result) {
            return Forms.choice(
                    Complaint.Subject.class, subject, result, "subject", "Choose who the complaint is about");
        }

        String description(BindingResult result, String missing) {
            String text = Forms.trimmed(description);
            if (text == null) {
                result.rejectValue("description", "required", missing);
            } else if (text.length() > TEXT_LIMIT) {
                result.rejectValue(
                        "description",
                        "length",
                        "What happened must be " + String.format("%,d", TEXT_LIMIT) + " characters or fewer; it has "
                                + String.format("%,d", text.length())
                                + ". Shorten it, or send the rest by post or email");
            }
            return text;
        }

        LocalDate incidentOn(BindingResult result, LocalDate today) {
            LocalDate on = incidentOn.toDate(result, "incidentOn", "The date it happened", false);
            if (on != null && on.isAfter(today)) {
                result.rejectValue("incidentOn", "future", "The date it happened must be today or in the past");
            }
            return on;
        }

        /** Who is complaining and how to reach them; the way they chose must have its details. */
        Complaint.Complainant complainant(BindingResult result, String nameMissing) {
            String name = Forms.limited(this.name, "name", "The name", NAME_LIMIT, result);
            if (name == null && nameMissing != null) {
                result.rejectValue("name", "required", nameMissing);
            }
            Complaint.ContactBy by = Forms.choice(
                    Complaint.ContactBy.class, contactBy, result, "contactBy", "Choose how to be contacted");
            String email = Forms.trimmed(this.email);
            if (email != null || by == Complaint.ContactBy.EMAIL) {
                email = Forms.email(this.email, result, "email", "Enter an email address, as email was chosen");
            }
            String telephone = Forms.limited(this.telephone, "telephone", "The telephone number", 40, result);
            if (telephone == null && by == Complaint.ContactBy.TELEPHONE) {
                result.rejectValue("telephone", "required", "Enter a telephone number, as telephone was chosen");
            } else if (telephone != null && !telephone.matches("[0-9 +()-]{6,40}")) {
                result.rejectValue(
                        "telephone", "format", "Enter a telephone number, like 01632 960 001 or +44 808 157 0192");
            }
            String address = Forms.limited(postalAddress, "postalAddress", "The postal address", ADDRESS_LIMIT, result);
            if (address == null && by == Complaint.ContactBy.POST) {
                result.rejectValue("postalAddress", "required", "Enter a postal address, as post was chosen");
            }
            String behalf = Forms.limited(onBehalfOf, "onBehalfOf", "The name of the person", NAME_LIMIT, result);
            if (behalf != null && !consentGiven) {
                result.rejectValue(
                        "consentGiven",
                        "required",
                        "Confirm that the person you complain for has agreed to it in writing");
            }
            String adjustments = Forms.limited(this.adjustments, "adjustments", "The adjustments", NOTE_LIMIT, result);
            return new Complaint.Complainant(
                    name, email, telephone, address, by, behalf, behalf != null && consentGiven, adjustments);
        }

        public String getSubject() {
            return subject;
        }

        public void setSubject(String subject) {
            this.subject = subject;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public DateInput getIncidentOn() {
            return incidentOn;
        }

        public void setIncidentOn(DateInput incidentOn) {
            this.incidentOn = incidentOn;
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

        public String getTelephone() {
            return telephone;
        }

        public void setTelephone(String telephone) {
            this.telephone = telephone;
        }

        public String getPostalAddress() {
            return postalAddress;
        }

        public void setPostalAddress(String postalAddress) {
            this.postalAddress = postalAddress;
        }

        public String getContactBy() {
            return contactBy;
        }

        public void setContactBy(String contactBy) {
            this.contactBy = contactBy;
        }

        public String getOnBehalfOf() {
            return onBehalfOf;
        }

        public void setOnBehalfOf(String onBehalfOf) {
            this.onBehalfOf = onBehalfOf;
        }

        public boolean isConsentGiven() {
            return consentGiven;
        }

        public void setConsentGiven(boolean consentGiven) {
            this.consentGiven = consentGiven;
        }

        UploadedFile document(BindingResult result) {
            return Uploads.optional(file, result, "file").orElse(null);
        }

        public MultipartFile getFile() {
            return file;
        }

        public void setFile(MultipartFile file) {
            this.file = file;
        }

        public String getAdjustments() {
            return adjustments;
        }

        public void setAdjustments(String adjustments) {
            this.adjustments = adjustments;
        }
    }

    /** A member of the public's complaint. {@code website} is a trap for robots. */
    public static class Complaining extends Details {
        private String website;

        ComplaintService.Submission submission(BindingResult result, LocalDate today) {
            Complaint.Subject subject = subject(result);
            String description = description(result, "Tell us what happened");
            LocalDate incidentOn = incidentOn(result, today);
            Complaint.Complainant complainant = complainant(result, "Enter your full name");
            if (result.hasErrors()) {
                return null;
            }
            return new ComplaintService.Submission(subject, incidentOn, description, complainant, document(result));
        }

        public String getWebsite() {
            return website;
        }

        public void setWebsite(String website) {
            this.website = website;
        }
    }

    /** A complaint the secretariat enters from a letter, an email, a call or a referral. */
    public static class Entry extends Details {
        private String kind = "COMPLAINT";
        private String source = "";
        private DateInput receivedOn = new DateInput();

        ComplaintService.Entry entry(BindingResult result, LocalDate today) {
            Complaint.Kind kind = Forms.choice(
                    Complaint.Kind.class,
                    this.kind,
                    result,
                    "kind",
                    "Choose whether it is a complaint or a conduct matter");
            Complaint.Subject subject = subject(result);
            Complaint.Source source = Forms.choice(
                    Complaint.Source.class, this.source, result, "source", "Choose how it reached the panel");
            if (source == Complaint.Source.ONLINE_FORM) {
                result.rejectValue(
                        "source", "choice", "A complaint made on the online form is entered by the form itself");
            }
            LocalDate receivedOn = this.receivedOn.toDate(result, "receivedOn", "The date it was received", true);
            if (receivedOn != null && receivedOn.isAfter(today)) {
                result.rejectValue("receivedOn", "future", "The date it was received must be today or in the past");
            }
            String description = description(result, "Enter what the complaint says happened");
            LocalDate incidentOn = incidentOn(result, today);
            Complaint.Complainant complainant = complainant(
                    result, kind == Complaint.Kind.CONDUCT_MATTER ? null : "Enter the complainant's full name");
            if (result.hasErrors()) {
                return null;
            }
            return new ComplaintService.Entry(
                    kind, subject, source, receivedOn, incidentOn, description, complainant, document(result));
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public DateInput getReceivedOn() {
            return receivedOn;
        }

        public void setReceivedOn(DateInput receivedOn) {
            this.receivedOn = receivedOn;
        }
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

    /** The recording decision: record, not record (and why), or forward (and where). */
    public static class Decision extends Step {
        private String decision = "";
        private boolean allegesCriminalOffence;
        private String disclosure = "";
        private DateInput reviewOn = new DateInput();
        private String reason = "";
        private String forwardedTo = "";
        private String forwardedBody;

        public String getDecision() {
            return decision;
        }

        public void setDecision(String decision) {
            this.decision = decision;
        }

        public boolean isAllegesCriminalOffence() {
            return allegesCriminalOffence;
        }

        public void setAllegesCriminalOffence(boolean allegesCriminalOffence) {
            this.allegesCriminalOffence = allegesCriminalOffence;
        }

        public String getDisclosure() {
            return disclosure;
        }

        public void setDisclosure(String disclosure) {
            this.disclosure = disclosure;
        }

        public DateInput getReviewOn() {
            return reviewOn;
        }

        public void setReviewOn(DateInput reviewOn) {
            this.reviewOn = reviewOn;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getForwardedTo() {
            return forwardedTo;
        }

        public void setForwardedTo(String forwardedTo) {
            this.forwardedTo = forwardedTo;
        }

        public String getForwardedBody() {
            return forwardedBody;
        }

        public void setForwardedBody(String forwardedBody) {
            this.forwardedBody = forwardedBody;
        }
    }

    /** Referral to the IOPC, with the day it became clear it had to go. */
    public static class Referral extends Step {
        private DateInput clearOn = new DateInput();

        public DateInput getClearOn() {
            return clearOn;
        }

        public void setClearOn(DateInput clearOn) {
            this.clearOn = clearOn;
        }
    }

    public static class IopcAnswer extends Step {
        private String answer = "";

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }
    }

    public static class Disapplication extends Step {
        private String ground = "";

        public String getGround() {
            return ground;
        }

        public void setGround(String ground) {
            this.ground = ground;
        }
    }

    /** The review of a withheld copy: disclose it now, or keep it withheld until the next review. */
    public static class Withholding extends Step {
        private String choice = "";
        private DateInput reviewOn = new DateInput();

        public String getChoice() {
            return choice;
        }

        public void setChoice(String choice) {
            this.choice = choice;
        }

        public DateInput getReviewOn() {
            return reviewOn;
        }

        public void setReviewOn(DateInput reviewOn) {
            this.reviewOn = reviewOn;
        }
    }

    public static class Resolution extends Step {
        private List<String> steps = new ArrayList<>();
        private boolean apologyConsented;
        private String resolvedBy;

        @MultiLine
        private String outcome;

        ComplaintService.Resolution resolution(BindingResult result) {
            Set<Complaint.ResolutionStep> taken = EnumSet.noneOf(Complaint.ResolutionStep.class);
            for (String step : steps) {
                try {
                    taken.add(Complaint.ResolutionStep.valueOf(step));
                } catch (IllegalArgumentException unknown) {
                    result.rejectValue("steps", "choice", "Choose the steps from those listed");
                }
            }
            if (taken.isEmpty() && !result.hasFieldErrors("steps")) {
                result.rejectValue("steps", "required", "Choose the steps taken to resolve it");
            }
            String by = Forms.limited(resolvedBy, "resolvedBy", "Who resolved it", NAME_LIMIT, result);
            if (by == null) {
                result.rejectValue("resolvedBy", "required", "Enter the sub-committee or officer who resolved it");
            }
            String outcome = Forms.trimmed(this.outcome);
            if (outcome == null) {
                result.rejectValue("outcome", "required", "Enter the outcome, as both sides will be sent it");
            } else if (outcome.length() > TEXT_LIMIT) {
                result.rejectValue(
                        "outcome",
                        "length",
                        "The outcome must be " + String.format("%,d", TEXT_LIMIT) + " characters or fewer");
            }
            if (result.hasErrors()) {
                return null;
            }
            return new ComplaintService.Resolution(taken, apologyConsented, by, outcome);
        }

        public List<String> getSteps() {
            return steps;
        }

        public void setSteps(List<String> steps) {
            this.steps = steps == null ? new ArrayList<>() : steps;
        }

        public boolean isApologyConsented() {
            return apologyConsented;
        }

        public void setApologyConsented(boolean apologyConsented) {
            this.apologyConsented = apologyConsented;
        }

        public String getResolvedBy() {
            return resolvedBy;
        }

        public void setResolvedBy(String resolvedBy) {
            this.resolvedBy = resolvedBy;
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }
    }
}
