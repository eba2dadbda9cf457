package org.scrutiny.complaints.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.scrutiny.complaints.ComplaintFigures;
import org.scrutiny.complaints.ComplaintRegister;
import org.scrutiny.complaints.domain.Complaint.Complainant;
import org.scrutiny.complaints.domain.Complaint.DisapplicationGround;
import org.scrutiny.complaints.domain.Complaint.NotRecordedReason;
import org.scrutiny.membership.Office;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.membership.PanelOfficial;
import org.scrutiny.publishing.PaperUploads;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.London;
import org.scrutiny.shared.PanelCalendar;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.scrutiny.shared.UploadedFile;
import org.scrutiny.shared.mail.Mailbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's use cases. Each takes the signed-in officer who acts, writes a line of the
 * complaint's history, and sends the letter the step calls for; none lets the person a complaint
 * is about handle it.
 */
@Service
@Transactional
public class ComplaintService implements ComplaintRegister {

    /** What a member of the public sent through the online form, already checked for form. */
    public record Submission(
            Complaint.Subject subject,
            LocalDate incidentOn,
            String description,
            Complainant complainant,
            UploadedFile document) {}

    /** A complaint the secretariat enters from a letter, an email, a call or a referral. */
    public record Entry(
            Complaint.Kind kind,
            Complaint.Subject subject,
            Complaint.Source source,
            LocalDate receivedOn,
            LocalDate incidentOn,
            String description,
            Complainant complainant,
            UploadedFile document) {}

    /** The decision to record, with whether the person complained against is sent a copy. */
    public record Recording(boolean allegesCriminalOffence, Complaint.Disclosure disclosure, LocalDate reviewOn) {}

    public record Resolution(
            Set<Complaint.ResolutionStep> steps, boolean apologyConsented, String resolvedBy, String outcome) {}

    private final Complaints complaints;
    private final ComplaintLetters letters;
    private final ComplaintAttachments attachments;
    private final PaperUploads uploads;
    private final ComplaintLetterWriter writer;
    private final PanelMembership membership;
    private final PanelCalendar calendar;
    private final Mailbox mailbox;
    private final Clock clock;
    private final int acknowledgementWorkingDays;
    private final Period resolutionTarget;
    private final Period retention;

    ComplaintService(
            Complaints complaints,
            ComplaintLetters letters,
            ComplaintAttachments attachments,
            PaperUploads uploads,
            ComplaintLetterWriter writer,
            PanelMembership membership,
            PanelCalendar calendar,
            Mailbox mailbox,
            Clock clock,
            @Value("${scrutiny.complaints.acknowledgement-working-days:5}") int acknowledgementWorkingDays,
            @Value("${scrutiny.complaints.resolution-target:P12W}") Period resolutionTarget,
            @Value("${scrutiny.complaints.retention:P12M}") Period retention) {
        this.complaints = complaints;
        this.letters = letters;
        this.attachments = attachments;
        this.uploads = uploads;
        this.writer = writer;
        this.membership = membership;
        this.calendar = calendar;
        this.mailbox = mailbox;
        this.clock = clock;
        this.acknowledgementWorkingDays = acknowledgementWorkingDays;
        this.resolutionTarget = resolutionTarget;
        this.retention = retention;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(London.ZONE));
    }

    /** Takes a complaint from the online form and sends the acknowledgement at once. */
    public Complaint submit(Submission submission) {
        LocalDate today = today();
        Optional<PaperUploads.Accepted> document = accepted(submission.document());
        Complaint complaint = complaints.saveAndFlush(received(
                Complaint.Kind.COMPLAINT,
                submission.subject(),
                Complaint.Source.ONLINE_FORM,
                today,
                submission.incidentOn(),
                submission.description(),
                submission.complainant()));
        complaint.step(clock.instant(), "The complainant", "Made the complaint on the panel's online form");
        document.ifPresent(file -> attach(complaint, file, "The complainant", today));
        acknowledge(complaint, "The application", today);
        return complaints.saveAndFlush(complaint);
    }

    /** Enters a complaint received another way; it is acknowledged as a separate step. */
    public Complaint enter(Entry entry, String officer) {
        LocalDate today = today();
        if (entry.receivedOn().isAfter(today)) {
            throw new BusinessRuleViolation("receivedOn", "The date it was received cannot be in the future");
        }
        if (entry.incidentOn() != null && entry.incidentOn().isAfter(entry.receivedOn())) {
            throw new BusinessRuleViolation("incidentOn", "What happened cannot be after the complaint was received");
        }
        Optional<PaperUploads.Accepted> document = accepted(entry.document());
        Complaint complaint = complaints.saveAndFlush(received(
                entry.kind(),
                entry.subject(),
                entry.source(),
                entry.receivedOn(),
                entry.incidentOn(),
                entry.description(),
                entry.complainant()));
        refuseSelfHandling(complaint, officer);
        complaint.step(
                clock.instant(),
                officer,
                "Entered the " + complaint.getKind().label().toLowerCase() + " ("
                        + entry.source().label().toLowerCase() + ", received "
                        + DisplayFormats.dayOf(entry.receivedOn()) + ")");
        document.ifPresent(file -> attach(complaint, file, officer, today));
        return complaints.saveAndFlush(complaint);
    }

    /** A document sent with a complaint, checked in full before anything is kept. */
    private Optional<PaperUploads.Accepted> accepted(UploadedFile document) {
        return document == null || document.isEmpty() ? Optional.empty() : Optional.of(uploads.accept(document));
    }

    /** Keeps the document; the history says that one came, and of what kind, not what it is called. */
    private void attach(Complaint complaint, PaperUploads.Accepted file, String by, LocalDate on) {
        ComplaintAttachment attachment = attachments.save(new ComplaintAttachment(complaint.getId(), file, on));
        complaint.step(clock.instant(), by, "Attached a document sent with it (" + attachment.description() + ")");
    }

    /** The largest document that may be sent with a complaint, for the form's hint. */
    public String documentLimit() {
        return uploads.limit();
    }

    @Transactional(readOnly = true)
    public List<ComplaintAttachment> attachments(long complaintId) {
        return attachments.findByComplaintIdOrderByIdAsc(complaintId);
    }

    @Transactional(readOnly = true)
    public ComplaintAttachment attachment(long complaintId, long attachmentId) {
        return attachments
                .findById(attachmentId)
                .filter(attachment -> attachment.getComplaintId() == complaintId)
                .orElseThrow(() -> new RecordNotFoundException("Document of a complaint", attachmentId));
    }

    Complaint received(
            Complaint.Kind kind,
            Complaint.Subject subject,
            Complaint.Source source,
            LocalDate receivedOn,
            LocalDate incidentOn,
            String description,
            Complainant complainant) {
        Office office = subject == Complaint.Subject.COMMISSIONER ? Office.COMMISSIONER : Office.DEPUTY_COMMISSIONER;
        Optional<PanelOfficial> holder = membership.officialsOn(receivedOn).stream()
                .filter(official -> official.office() == office)
                .findFirst();
        return new Complaint(
                kind,
                subject,
                holder.map(PanelOfficial::personId).orElse(null),
                holder.map(PanelOfficial::name).orElse(null),
                source,
                receivedOn,
                incidentOn,
                description,
                complainant,
                calendar.workingDays().workingDaysAfter(receivedOn, acknowledgementWorkingDays));
    }

    public Complaint acknowledge(long id, long expectedVersion, String officer) {
        Complaint complaint = current(id, expectedVersion, officer);
        acknowledge(complaint, officer, today());
        return complaints.saveAndFlush(complaint);
    }

    private void acknowledge(Complaint complaint, String by, LocalDate on) {
        complaint.acknowledge(on);
        ComplaintLetter letter = writer.toComplainant(complaint, ComplaintLetter.Kind.ACKNOWLEDGEMENT, on);
        complaint.step(clock.instant(), by, "Sent the acknowledgement" + how(letter));
    }

    public Complaint record(long id, long expectedVersion, Recording recording, String officer) {
        Complaint complaint = current(id, expectedVersion, officer);
        LocalDate today = today();
        requireAcknowledged(complaint);
        complaint.record(
                today,
                recording.allegesCriminalOffence(),
                recording.disclosure(),
                recording.reviewOn(),
                today.plus(resolutionTarget));
        complaint.step(
                clock.instant(),
                officer,
                "Recorded it" + (recording.allegesCriminalOffence() ? ", as alleging a criminal offence" : "") + "; "
                        + recording.disclosure().label().toLowerCase());
        ComplaintLetter letter = writer.toComplainant(complaint, ComplaintLetter.Kind.RECORDING_DECISION, today);
        complaint.step(clock.instant(), officer, "Told the complainant of the decision" + how(letter));
        if (!complaint.isWithheld()) {
            sendCopy(complaint, officer, today);
        }
        return complaints.saveAndFlush(complaint);
    }

    public Complaint notRecord(long id, long expectedVersion, NotRecordedReason reason, String officer) {
        Complaint complaint = current(id, expectedVersion, officer);
        requireAcknowledged(complaint);
        LocalDate today = today();
        complaint.notRecorded(today, reason);
        complaint.step(
                clock.instant(),
                officer,
                "Decided not to record it: " + reason.label().toLowerCase());
        ComplaintLetter letter = writer.toComplainant(complaint, ComplaintLetter.Kind.RECORDING_DECISION, today);
        complaint.step(clock.instant(), officer, "Told the complainant of the decision and the reasons" + how(letter));
        return complaints.saveAndFlush(complaint);
    }

    public Complaint forward(long id, long expectedVersion, Complaint.ForwardedTo to, String body, String officer) {
        Complaint complaint = current(id, expectedVersion, officer);
        requireAcknowledged(complaint);
        LocalDate today = today();
        complaint.forward(today, to, body);
        complaint.step(clock.instant(), officer, "Forwarded it to " + complaint.getForwardedBody());
        ComplaintLetter letter = writer.toComplainant(complaint, ComplaintLetter.Kind.RECORDING_DECISION, today);
        complaint.step(clock.instant(), officer, "Told the complainant where it has gone" + how(letter));
        return complaints.saveAndFlush(complaint);
    }

    public Complaint disclose(long id, long expectedVersion, String officer) {
        Complaint complaint = current(id, expectedVersion, officer);
        LocalDate today = today();
        complaint.disclose(today);
        complaint.step(clock.instant(), officer, "Ended the withholding of the copy");
        sendCopy(complaint, officer, today);
        return complaints.saveAndFlush(complaint);
    }

    public Complaint keepWithholding(long id, long expectedVersion, LocalDate nextReview, String officer) {
        Complaint complaint = current(id, expectedVersion, officer);
        complaint.keepWithholding(today(), nextReview);
        complaint.step(
                clock.instant(),
                officer,
                "Reviewed the withholding of the copy and kept it, to be reviewed again on "
                        + DisplayFormats.dayOf(nextReview));
        return complaints.saveAndFlush(complaint);
    }

    public Complaint referToIopc(long id, long expectedVersion, LocalDate clearOn, String officer) {
        Complaint complaint = current(id, expectedVersion, officer);
        complaint.referToIopc(clearOn, today());
        complaint.step(
                clock.instant(),
                officer,
                "Referred it to the IOPC (it became clear it had to go on " + DisplayFormats.dayOf(clearOn) + ")");
        return complaints.saveAndFlush(complaint);
    }

    public Complaint iopcAnswered(long id, long expectedVersion, Complaint.IopcAnswer answer, String officer) {
        Complaint complaint = current(id, expectedVersion, officer);
        LocalDate today = today();
        complaint.iopcAnswered(today, answer, today.plus(resolutionTarget));
        complaint.step(
                clock.instant(),
                officer,
                "Recorded the IOPC's answer: " + answer.label().toLowerCase());
        return complaints.saveAndFlush(complaint);
    }

    public Complaint concludedByIopc(long id, long expectedVersion, String officer) {
        Complaint complaint = current(id, expectedVersion, officer);
        complaint.concludedByIopc(today());
        complaint.step(clock.instant(), officer, "Recorded that the IOPC's investigation has concluded");
        return complaints.saveAndFlush(complaint);
    }

    public Complaint disapply(long id, long expectedVersion, DisapplicationGround ground, String officer) {
        Complaint complaint = current(id, expectedVersion, officer);
        LocalDate today = today();
        complaint.disapply(today, ground);
        complaint.step(
                clock.instant(),
                officer,
                "Disapplied the requirements: " + ground.label().toLowerCase());
        ComplaintLetter letter = writer.toComplainant(complaint, ComplaintLetter.Kind.DISAPPLICATION, today);
        complaint.step(clock.instant(), officer, "Told the complainant of the decision and the reasons" + how(letter));
        return complaints.saveAndFlush(complaint);
    }

    /** Reg 16: recorded the day the signed notice is in hand; the IOPC is told if it had the case. */
    public Complaint withdraw(long id, long expectedVersion, String officer) {
        Complaint complaint = current(id, expectedVersion, officer);
        LocalDate today = today();
        boolean tellIopc = complaint.withdraw(today);
        complaint.step(
                clock.instant(),
                officer,
                "Recorded the complainant's signed notice of withdrawal" + (tellIopc ? " and told the IOPC" : ""));
        ComplaintLetter letter = writer.toComplainant(complaint, ComplaintLetter.Kind.WITHDRAWAL, today);
        complaint.step(clock.instant(), officer, "Confirmed the withdrawal to the complainant" + how(letter));
        return complaints.saveAndFlush(complaint);
    }

    public Complaint resolve(long id, long expectedVersion, Resolution resolution, String officer) {
        Complaint complaint = current(id, expectedVersion, officer);
        LocalDate today = today();
        complaint.resolve(
                today,
                resolution.steps(),
                resolution.apologyConsented(),
                resolution.resolvedBy(),
                resolution.outcome());
        complaint.step(clock.instant(), officer, "Recorded the informal resolution, by " + complaint.getResolvedBy());
        ComplaintLetter toComplainant = writer.toComplainant(complaint, ComplaintLetter.Kind.OUTCOME, today);
        complaint.step(clock.instant(), officer, "Sent the outcome to the complainant" + how(toComplainant));
        ComplaintLetter toSubject = writer.toPersonComplainedAgainst(complaint, ComplaintLetter.Kind.OUTCOME, today);
        complaint.step(clock.instant(), officer, "Sent the outcome to the person complained against" + how(toSubject));
        return complaints.saveAndFlush(complaint);
    }

    private void sendCopy(Complaint complaint, String officer, LocalDate today) {
        ComplaintLetter copy = writer.toPersonComplainedAgainst(complaint, ComplaintLetter.Kind.COPY_TO_SUBJECT, today);
        complaint.step(
                clock.instant(), officer, "Sent a copy of the complaint to the person complained against" + how(copy));
    }

    private static String how(ComplaintLetter letter) {
        return letter.isEmailed() ? " by email, with the letter kept" : ": the letter is ready to print and post";
    }

    private static void requireAcknowledged(Complaint complaint) {
        if (!complaint.isAcknowledged()) {
            throw new BusinessRuleViolation("Send the acknowledgement before deciding on the complaint");
        }
    }

    @Transactional(readOnly = true)
    public Complaint complaint(long id) {
        return complaints.findById(id).orElseThrow(() -> new RecordNotFoundException("Complaint", id));
    }

    /** The complaint with its history, for its page. */
    @Transactional(readOnly = true)
    public Complaint withHistory(long id) {
        Complaint complaint = complaint(id);
        complaint.getSteps().size();
        return complaint;
    }

    @Transactional(readOnly = true)
    public List<Complaint> open() {
        return complaints.open();
    }

    @Transactional(readOnly = true)
    public List<Complaint> recent() {
        return complaints.findTop100ByOrderByReceivedOnDescIdDesc();
    }

    @Transactional(readOnly = true)
    public List<ComplaintLetter> letters(long complaintId) {
        return letters.findByComplaintIdOrderByIdAsc(complaintId);
    }

    @Transactional(readOnly = true)
    public ComplaintLetter letter(long complaintId, long letterId) {
        return letters.findById(letterId)
                .filter(letter -> letter.getComplaintId() == complaintId)
                .orElseThrow(() -> new RecordNotFoundException("Letter", letterId));
    }

    /** The handler may not be the person the complaint is about. */
    @Transactional(readOnly = true)
    public boolean isAbout(Complaint complaint, String officer) {
        return complaint.getSubjectPersonId() != null
                && officer != null
                && membership
                        .emailOf(complaint.getSubjectPersonId())
                        .filter(email -> email.equalsIgnoreCase(officer.strip()))
                        .isPresent();
    }

    private void refuseSelfHandling(Complaint complaint, String officer) {
        if (isAbout(complaint, officer)) {
            throw new BusinessRuleViolation(
                    "This complaint is about you: someone else the panel has authorised must handle it");
        }
    }

    private Complaint current(long id, long expectedVersion, String officer) {
        Complaint complaint = complaint(id);
        StaleRecordException.check(expectedVersion, complaint.getVersion());
        refuseSelfHandling(complaint, officer);
        return complaint;
    }

    @Override
    @Transactional(readOnly = true)
    public ComplaintFigures figures(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new BusinessRuleViolation("to", "The end of the period must be on or after its start");
        }
        List<Complaint> touching = complaints.touching(from, to);
        Predicate<LocalDate> within = day -> day != null && !day.isBefore(from) && !day.isAfter(to);
        Map<String, Integer> notRecorded = new LinkedHashMap<>();
        for (NotRecordedReason reason : NotRecordedReason.values()) {
            notRecorded.put(
                    reason.label(),
                    count(
                            touching,
                            c -> c.getStatus() == Complaint.Status.NOT_RECORDED
                                            && c.getNotRecordedReason() == reason
                                            && within.test(c.getDecidedOn())
                                    || reason == NotRecordedReason.WITHDRAWN
                                            && c.getStatus() == Complaint.Status.WITHDRAWN
                                            && c.getNotRecordedReason() == NotRecordedReason.WITHDRAWN
                                            && within.test(c.getWithdrawnOn())));
        }
        Map<String, Integer> disapplied = new LinkedHashMap<>();
        for (DisapplicationGround ground : DisapplicationGround.values()) {
            disapplied.put(
                    ground.label(),
                    count(touching, c -> c.getDisapplicationGround() == ground && within.test(c.getDisappliedOn())));
        }
        return new ComplaintFigures(
                from,
                to,
                count(touching, c -> within.test(c.getReceivedOn())),
                count(
                        touching,
                        c -> within.test(c.getReceivedOn()) && c.getSubject() == Complaint.Subject.COMMISSIONER),
                count(
                        touching,
                        c -> within.test(c.getReceivedOn()) && c.getSubject() == Complaint.Subject.DEPUTY_COMMISSIONER),
                count(touching, c -> within.test(c.getReceivedOn()) && c.getKind() == Complaint.Kind.CONDUCT_MATTER),
                count(touching, c -> c.getDisclosure() != null && within.test(c.getDecidedOn())),
                notRecorded,
                count(touching, c -> c.getStatus() == Complaint.Status.FORWARDED && within.test(c.getDecidedOn())),
                count(touching, c -> within.test(c.getIopcReferredOn())),
                count(
                        touching,
                        c -> c.getIopcAnswer() == Complaint.IopcAnswer.LOCAL_HANDLING
                                && within.test(c.getIopcAnsweredOn())),
                count(
                        touching,
                        c -> c.getIopcAnswer() == Complaint.IopcAnswer.INVESTIGATE
                                && within.test(c.getIopcAnsweredOn())),
                disapplied,
                count(
                        touching,
                        c -> c.getStatus() == Complaint.Status.WITHDRAWN
                                && c.getNotRecordedReason() == null
                                && within.test(c.getWithdrawnOn())),
                count(touching, c -> within.test(c.getResolvedOn())),
                count(touching, c -> c.getClosedOn() == null || c.getClosedOn().isAfter(to)),
                count(touching, c -> within.test(c.getAcknowledgedOn())),
                count(touching, c -> within.test(c.getAcknowledgedOn()) && c.acknowledgedInTime()),
                count(touching, c -> within.test(c.getResolvedOn()) && c.resolvedInTime()));
    }

    private static int count(List<Complaint> complaints, Predicate<Complaint> test) {
        return (int) complaints.stream().filter(test).count();
    }

    /**
     * Erases the personal data of every closed complaint whose retention has run out: the period
     * after the later of its closing and the day the person it concerns left office (while they
     * hold office it is kept). Its letters and queued emails go too; the counts stay.
     */
    public int erasePersonalData() {
        LocalDate today = today();
        Instant now = clock.instant();
        int erased = 0;
        for (Complaint complaint : complaints.closedWithPersonalData()) {
            LocalDate from = complaint.getClosedOn();
            if (complaint.getSubjectPersonId() != null) {
                Office office = complaint.getSubject() == Complaint.Subject.COMMISSIONER
                        ? Office.COMMISSIONER
                        : Office.DEPUTY_COMMISSIONER;
                Optional<LocalDate> left = membership.lastDayIn(complaint.getSubjectPersonId(), office);
                if (left.isEmpty()) {
                    continue;
                }
                from = left.get().isAfter(from) ? left.get() : from;
            }
            if (!from.plus(retention).isBefore(today)) {
                continue;
            }
            complaint.erasePersonalData(now);
            letters.deleteByComplaint(complaint.getId());
            attachments.deleteByComplaint(complaint.getId());
            mailbox.forget("complaint:" + complaint.getId() + ":");
            complaint.step(now, "The application", "Erased the complainant's personal data after the retention period");
            erased++;
        }
        complaints.flush();
        return erased;
    }
}
