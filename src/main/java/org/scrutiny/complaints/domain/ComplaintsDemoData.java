package org.scrutiny.complaints.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.scrutiny.complaints.domain.Complaint.Complainant;
import org.scrutiny.shared.DemoData;
import org.scrutiny.shared.London;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Five complaints, all invented for the demonstration and saying so, one down each path: not
 * recorded, resolved informally, referred to the IOPC and sent back (still being handled),
 * disapplied as repetitious, and withdrawn. All arrived after the meeting of 23 March 2022, so
 * that meeting's Review of Complaints still reads as the seed does, with no complaints.
 */
@Component
@Profile("demo & !prod")
class ComplaintsDemoData extends DemoData {

    static final String INVENTED = "[Invented for the demonstration.] ";
    private static final String OFFICER = "secretariat@demo.scrutiny.test";

    private final Complaints complaints;
    private final ComplaintService service;

    ComplaintsDemoData(Complaints complaints, ComplaintService service) {
        this.complaints = complaints;
        this.service = service;
    }

    @Override
    protected void load() {
        if (complaints.count() > 0) {
            return;
        }
        Complaint notRecorded = received(
                LocalDate.of(2022, 5, 9),
                Complaint.Source.EMAIL,
                "The police took three days to come out after my shed was broken into, and the Commissioner should sack the officers.",
                "Demo Complainant One",
                Complaint.ContactBy.EMAIL);
        notRecorded.notRecorded(LocalDate.of(2022, 5, 16), Complaint.NotRecordedReason.NOT_ABOUT_CONDUCT);
        step(
                notRecorded,
                LocalDate.of(2022, 5, 16),
                "Decided not to record it: it is about the force, not the Commissioner's conduct");

        Complaint resolved = received(
                LocalDate.of(2022, 6, 6),
                Complaint.Source.ONLINE_FORM,
                "At a public meeting in Huntingdon the Commissioner cut me off when I asked about rural crime and would not let me finish my question.",
                "Demo Complainant Two",
                Complaint.ContactBy.EMAIL);
        resolved.record(
                LocalDate.of(2022, 6, 13), false, Complaint.Disclosure.COPY_SENT, null, LocalDate.of(2022, 9, 5));
        step(resolved, LocalDate.of(2022, 6, 13), "Recorded it; a copy was sent to the person complained against");
        resolved.resolve(
                LocalDate.of(2022, 8, 1),
                Set.of(
                        Complaint.ResolutionStep.COMMENTS_SOUGHT,
                        Complaint.ResolutionStep.EXPLANATION,
                        Complaint.ResolutionStep.APOLOGY),
                true,
                "The panel's complaints sub-committee",
                INVENTED
                        + "The Commissioner explained that the meeting had overrun and apologised for not letting the question be finished; he has answered it in writing.");
        step(
                resolved,
                LocalDate.of(2022, 8, 1),
                "Recorded the informal resolution, by the panel's complaints sub-committee");

        Complaint returned = received(
                LocalDate.of(2022, 9, 5),
                Complaint.Source.LETTER,
                "I believe the Commissioner used his office to get a relative a job at the OPCC.",
                "Demo Complainant Three",
                Complaint.ContactBy.POST);
        returned.record(
                LocalDate.of(2022, 9, 9),
                true,
                Complaint.Disclosure.WITHHELD_CRIMINAL_INVESTIGATION,
                LocalDate.of(2022, 12, 9),
                null);
        step(returned, LocalDate.of(2022, 9, 9), "Recorded it, as alleging a criminal offence; the copy withheld");
        returned.referToIopc(LocalDate.of(2022, 9, 9), LocalDate.of(2022, 9, 12));
        step(returned, LocalDate.of(2022, 9, 12), "Referred it to the IOPC");
        returned.iopcAnswered(
                LocalDate.of(2022, 10, 3), Complaint.IopcAnswer.LOCAL_HANDLING, LocalDate.of(2022, 12, 26));
        step(returned, LocalDate.of(2022, 10, 3), "Recorded the IOPC's answer: referred back to the panel to handle");

        Complaint disapplied = received(
                LocalDate.of(2022, 10, 10),
                Complaint.Source.EMAIL,
                "This is the fourth time I have written about the Commissioner's comments on the precept in February.",
                "Demo Complainant Four",
                Complaint.ContactBy.EMAIL);
        disapplied.record(
                LocalDate.of(2022, 10, 17), false, Complaint.Disclosure.COPY_SENT, null, LocalDate.of(2023, 1, 9));
        step(disapplied, LocalDate.of(2022, 10, 17), "Recorded it; a copy was sent to the person complained against");
        disapplied.disapply(LocalDate.of(2022, 10, 24), Complaint.DisapplicationGround.REPETITIOUS);
        step(disapplied, LocalDate.of(2022, 10, 24), "Disapplied the requirements: it is repetitious");

        Complaint withdrawn = received(
                LocalDate.of(2022, 11, 1),
                Complaint.Source.TELEPHONE,
                "The Deputy Commissioner was rude to me on the telephone.",
                "Demo Complainant Five",
                Complaint.ContactBy.TELEPHONE);
        withdrawn.record(
                LocalDate.of(2022, 11, 7), false, Complaint.Disclosure.COPY_SENT, null, LocalDate.of(2023, 1, 30));
        step(withdrawn, LocalDate.of(2022, 11, 7), "Recorded it; a copy was sent to the person complained against");
        withdrawn.withdraw(LocalDate.of(2022, 11, 14));
        step(withdrawn, LocalDate.of(2022, 11, 14), "Recorded the complainant's signed notice of withdrawal");
        complaints.saveAll(java.util.List.of(notRecorded, resolved, returned, disapplied, withdrawn));
    }

    private Complaint received(
            LocalDate on, Complaint.Source source, String what, String name, Complaint.ContactBy contactBy) {
        boolean deputy = name.endsWith("Five");
        Complaint complaint = service.received(
                Complaint.Kind.COMPLAINT,
                deputy ? Complaint.Subject.DEPUTY_COMMISSIONER : Complaint.Subject.COMMISSIONER,
                source,
                on,
                on.minusWeeks(2),
                INVENTED + what,
                new Complainant(
                        name,
                        contactBy == Complaint.ContactBy.EMAIL
                                ? name.toLowerCase().replace(' ', '.') + "@demo.scrutiny.test"
                                : null,
                        contactBy == Complaint.ContactBy.TELEPHONE ? "01632 960000" : null,
                        contactBy == Complaint.ContactBy.POST ? "1 Demonstration Street\nPeterborough\nPE1 1AA" : null,
                        contactBy,
                        null,
                        false,
                        null));
        complaint.step(
                at(on),
                source == Complaint.Source.ONLINE_FORM ? "The complainant" : OFFICER,
                source == Complaint.Source.ONLINE_FORM
                        ? "Made the complaint on the panel's online form"
                        : "Entered the complaint (" + source.label().toLowerCase() + ")");
        complaint.acknowledge(on.plusDays(1));
        step(complaint, on.plusDays(1), "Sent the acknowledgement (demonstration data: no letter kept)");
        return complaint;
    }

    private static void step(Complaint complaint, LocalDate on, String what) {
        complaint.step(at(on), OFFICER, what);
    }

    private static Instant at(LocalDate on) {
        return on.atTime(10, 0).atZone(London.ZONE).toInstant();
    }
}
