package org.scrutiny.complaints.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.scrutiny.complaints.domain.Complaint;
import org.scrutiny.shared.web.Option;

/** The choices the complaint forms offer, in the domain's own words. */
final class ComplaintOptions {

    static final ComplaintOptions INSTANCE = new ComplaintOptions();

    private ComplaintOptions() {}

    private static <E extends Enum<E>> List<Option> of(E[] values, Function<E, String> label) {
        return Arrays.stream(values)
                .map(v -> Option.of(v.name(), label.apply(v)))
                .toList();
    }

    public List<Option> subjects() {
        return of(Complaint.Subject.values(), Complaint.Subject::label);
    }

    public List<Option> contactBy() {
        return of(Complaint.ContactBy.values(), Complaint.ContactBy::label);
    }

    public List<Option> kinds() {
        return of(Complaint.Kind.values(), Complaint.Kind::label);
    }

    /** How a complaint reaches the secretariat, the online form aside (it enters itself). */
    public List<Option> sources() {
        return Arrays.stream(Complaint.Source.values())
                .filter(s -> s != Complaint.Source.ONLINE_FORM)
                .map(s -> Option.of(s.name(), s.label()))
                .toList();
    }

    public List<Option> decisions() {
        return List.of(
                Option.of("RECORD", "Record it"),
                Option.of("NOT_RECORD", "Do not record it"),
                Option.of("FORWARD", "Forward it to the body that should deal with it"));
    }

    public List<Option> disclosures() {
        return of(Complaint.Disclosure.values(), Complaint.Disclosure::label);
    }

    public List<Option> notRecordedReasons() {
        return of(Complaint.NotRecordedReason.values(), Complaint.NotRecordedReason::label);
    }

    public List<Option> forwardedTo() {
        return of(Complaint.ForwardedTo.values(), Complaint.ForwardedTo::label);
    }

    public List<Option> iopcAnswers() {
        return of(Complaint.IopcAnswer.values(), Complaint.IopcAnswer::label);
    }

    public List<Option> grounds() {
        return of(Complaint.DisapplicationGround.values(), Complaint.DisapplicationGround::label);
    }

    public List<Option> resolutionSteps() {
        return of(Complaint.ResolutionStep.values(), Complaint.ResolutionStep::label);
    }

    public List<Option> withholding() {
        return List.of(
                Option.of("DISCLOSE", "Send the copy now: the reason for withholding it has gone"),
                Option.of("KEEP", "Keep it withheld, and review it again"));
    }
}
