package org.scrutiny.questions.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.scrutiny.agenda.Notices;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.questions.QuestionFigures;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.London;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.scrutiny.shared.mail.Mailbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class QuestionService implements QuestionFigures {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    /** An upcoming meeting that takes questions, with its deadline and whether it has passed. */
    public record OpenMeeting(MeetingSummary meeting, LocalDateTime deadline, boolean late) {

        public String deadlineText() {
            return QuestionService.deadlineText(deadline);
        }
    }

    /** What a member of the public sent, already checked for form (lengths, choices, email). */
    public record Submission(
            long meetingId,
            QuestionKind kind,
            String text,
            String name,
            String email,
            String area,
            boolean attending,
            boolean showName) {}

    private final PublicQuestions questions;
    private final QuestionRulesRepository rules;
    private final Notices notices;
    private final MeetingSchedule meetings;
    private final PanelMembership membership;
    private final Mailbox mailbox;
    private final Clock clock;
    private final String publicUrl;
    private final Duration retention;

    QuestionService(
            PublicQuestions questions,
            QuestionRulesRepository rules,
            Notices notices,
            MeetingSchedule meetings,
            PanelMembership membership,
            Mailbox mailbox,
            Clock clock,
            @Value("${scrutiny.public-url}") String publicUrl,
            @Value("${scrutiny.retention.questioners:P183D}") Duration retention) {
        this.questions = questions;
        this.rules = rules;
        this.notices = notices;
        this.meetings = meetings;
        this.membership = membership;
        this.mailbox = mailbox;
        this.clock = clock;
        this.publicUrl = publicUrl;
        this.retention = retention;
    }

    static String deadlineText(LocalDateTime deadline) {
        LocalTime time = deadline.toLocalTime();
        String at = time.equals(LocalTime.NOON) ? "12 noon" : TIME.format(time).toLowerCase(Locale.UK);
        return at + " on " + DAY.format(deadline);
    }

    @Transactional(readOnly = true)
    public QuestionRules rules() {
        return rules.findFirstByOrderByIdAsc().orElseGet(QuestionRules::defaults);
    }

    public QuestionRules changeRules(
            long expectedVersion, int wordLimit, int mostPerPerson, boolean areaRequired, List<String> reasons) {
        QuestionRules current = rules.findFirstByOrderByIdAsc().orElseGet(QuestionRules::defaults);
        if (current.getId() != null) {
            StaleRecordException.check(expectedVersion, current.getVersion());
        }
        current.change(wordLimit, mostPerPerson, areaRequired, reasons);
        return rules.saveAndFlush(current);
    }

    /** The areas a questioner may live or work in: the panel's councils. */
    @Transactional(readOnly = true)
    public List<String> areas() {
        return membership.authorityNames();
    }

    /** Meetings still to be held that take public questions; a meeting is open until it starts. */
    @Transactional(readOnly = true)
    public List<OpenMeeting> openMeetings() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(London.ZONE));
        return notices.upcoming(now.toLocalDate()).stream()
                .filter(n -> n.meeting().kind().carriesStandingItems())
                .filter(n -> n.meeting().startTime() == null
                        || now.isBefore(n.meeting().date().atTime(n.meeting().startTime())))
                .map(n -> new OpenMeeting(n.meeting(), n.questionDeadline(), !now.isBefore(n.questionDeadline())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<OpenMeeting> openMeeting(long meetingId) {
        return openMeetings().stream()
                .filter(m -> m.meeting().id() == meetingId)
                .findFirst();
    }

    /**
     * Takes a question or statement for an open meeting and queues the acknowledgement; after the
     * deadline it is still taken, marked late for the Chair's discretion.
     */
    public PublicQuestion submit(Submission submission) {
        QuestionRules rules = rules();
        OpenMeeting meeting = openMeeting(submission.meetingId())
                .orElseThrow(() -> new BusinessRuleViolation(
                        "meeting", "That meeting is not taking questions. Choose one of the meetings listed"));
        int words = QuestionRules.wordsIn(submission.text());
        if (words > rules.getWordLimit()) {
            throw new BusinessRuleViolation(
                    "text",
                    "Your " + submission.kind().noun() + " must be " + rules.getWordLimit() + " words or fewer; it has "
                            + words);
        }
        if (rules.isAreaRequired() && (submission.area() == null || !areas().contains(submission.area()))) {
            throw new BusinessRuleViolation(
                    "area",
                    "The panel's rules take questions only from people who live or work in its area: choose where you live or work");
        }
        String email = PublicQuestion.normalise(submission.email());
        if (questions.countByMeetingIdAndEmail(submission.meetingId(), email) >= rules.getMostPerPerson()) {
            throw new BusinessRuleViolation(
                    "meeting",
                    "You have already sent " + rules.getMostPerPerson()
                            + (rules.getMostPerPerson() == 1 ? " question or statement" : " questions or statements")
                            + " for this meeting, which is the most the panel takes from one person");
        }
        PublicQuestion question = questions.saveAndFlush(new PublicQuestion(
                submission.meetingId(),
                submission.kind(),
                submission.text().strip(),
                submission.name().strip(),
                email,
                submission.area(),
                submission.attending(),
                submission.showName(),
                clock.instant(),
                meeting.deadline()));
        acknowledge(question, meeting);
        return question;
    }

    @Transactional(readOnly = true)
    public PublicQuestion question(long id) {
        return questions.findById(id).orElseThrow(() -> new RecordNotFoundException("Public question", id));
    }

    @Transactional(readOnly = true)
    public MeetingSummary meeting(long meetingId) {
        return meetings.meeting(meetingId).orElseThrow(() -> new RecordNotFoundException("Meeting", meetingId));
    }

    /** What is waiting for the secretariat: received, or referred to the Chair. */
    @Transactional(readOnly = true)
    public List<PublicQuestion> awaitingDecision() {
        return questions.findByStatusInOrderBySubmittedAtAsc(
                EnumSet.of(PublicQuestion.Status.RECEIVED, PublicQuestion.Status.REFERRED_TO_CHAIR));
    }

    @Transactional(readOnly = true)
    public List<PublicQuestion> recent() {
        return questions.findTop50ByOrderBySubmittedAtDesc();
    }

    @Transactional(readOnly = true)
    public List<PublicQuestion> allFor(long meetingId) {
        return questions.findByMeetingIdOrderBySubmittedAtAsc(meetingId);
    }

    /** What the public sees under the meeting's public-questions item. */
    @Transactional(readOnly = true)
    public List<PublicQuestion> acceptedFor(long meetingId) {
        return questions.findByMeetingIdAndStatusOrderBySubmittedAtAsc(meetingId, PublicQuestion.Status.ACCEPTED);
    }

    @Transactional(readOnly = true)
    public long acceptedCount(long meetingId) {
        return questions.countByMeetingIdAndStatus(meetingId, PublicQuestion.Status.ACCEPTED);
    }

    public PublicQuestion referToChair(long id, long expectedVersion, String note) {
        PublicQuestion question = current(id, expectedVersion);
        question.referToChair(note, clock.instant());
        tell(
                question,
                "referred",
                "has been referred to the Chair",
                """
                The secretariat has referred it to the Chair of the panel, who will decide whether it is \
                taken at the meeting. We will email you again when the Chair has decided.""",
                note);
        return questions.saveAndFlush(question);
    }

    public PublicQuestion accept(long id, long expectedVersion, String note) {
        PublicQuestion question = current(id, expectedVersion);
        question.accept(note, clock.instant());
        MeetingSummary meeting = meeting(question.getMeetingId());
        String shown = question.isShowName()
                ? "It will be listed with the meeting's papers under your name."
                : "It will be listed with the meeting's papers without your name, as you asked.";
        String attending = question.isAttending()
                ? "You told us you will come to the meeting: the Chair will invite you to put it. If you cannot come after all, it will be read out for you."
                : "You told us you will not come to the meeting: it will be read out for you.";
        tell(
                question,
                "accepted",
                "has been accepted",
                "It will be put to the meeting.\n\n"
                        + shown + "\n" + attending + "\n\nYou can read it here: " + publicUrl + "/meetings/"
                        + meeting.id() + "/questions",
                note);
        return questions.saveAndFlush(question);
    }

    public PublicQuestion reject(long id, long expectedVersion, String reason, String note) {
        PublicQuestion question = current(id, expectedVersion);
        if (reason != null && !rules().reasons().contains(reason)) {
            throw new BusinessRuleViolation("reason", "Choose one of the panel's reasons for rejecting a question");
        }
        question.reject(reason, note, clock.instant());
        tell(
                question,
                "rejected",
                "has not been accepted",
                "Under the panel's rules of procedure it cannot be taken, because:\n" + reason
                        + ".\n\nIf you think this is wrong, reply to this email and the secretariat will look at it again.",
                note);
        return questions.saveAndFlush(question);
    }

    /** Records the answer; a written answer is emailed to the person and published with the question. */
    public PublicQuestion answer(
            long id, long expectedVersion, PublicQuestion.AnswerKind how, String text, LocalDate on) {
        PublicQuestion question = current(id, expectedVersion);
        question.answer(how, text, on);
        if (how == PublicQuestion.AnswerKind.WRITTEN) {
            tell(
                    question,
                    "answered",
                    "has been answered",
                    "The answer:\n\n" + question.getAnswer()
                            + "\n\nIt is published with your question: " + publicUrl + "/meetings/"
                            + question.getMeetingId()
                            + "/questions",
                    null);
        }
        return questions.saveAndFlush(question);
    }

    /**
     * Erases the name, email address and area of everyone who sent a question before the retention
     * period; the question and its answer stay. Returns how many were erased.
     */
    public int erasePersonalData() {
        Instant now = clock.instant();
        List<PublicQuestion> due = questions.personalDataSubmittedBefore(now.minus(retention));
        due.forEach(q -> q.erasePersonalData(now));
        questions.saveAllAndFlush(due);
        return due.size();
    }

    private PublicQuestion current(long id, long expectedVersion) {
        PublicQuestion question = question(id);
        StaleRecordException.check(expectedVersion, question.getVersion());
        return question;
    }

    private void acknowledge(PublicQuestion question, OpenMeeting meeting) {
        PanelDetails panel = membership.panel();
        String noun = question.getKind().noun();
        String late = question.isLate()
                ? "\nIt arrived after the deadline of " + meeting.deadlineText()
                        + ", so it is marked late: the Chair will decide whether it is taken.\n"
                : "";
        String body = "Dear " + question.getName() + ",\n\n"
                + "Thank you. The " + panel.name() + " has received your " + noun + " for its meeting on "
                + meeting.meeting().whenAndWhere() + ".\n\n"
                + "Your reference is " + question.reference() + ".\n" + late + "\n"
                + "What happens next: the secretariat checks every question and statement against the panel's rules "
                + "of procedure and will email you to say whether yours is accepted.\n\n"
                + "What you sent:\n\n" + question.getText() + "\n\n" + signature(panel);
        mailbox.queue(
                "question:" + question.getId() + ":received",
                List.of(question.getEmail()),
                "We have received your " + noun + " (" + question.reference() + ")",
                body,
                null);
    }

    /** Emails the person what became of what they sent, with the secretariat's note to them, if any. */
    private void tell(PublicQuestion question, String event, String what, String details, String note) {
        if (question.getEmail() == null) {
            return; // the personal data has been erased: there is no one to tell
        }
        PanelDetails panel = membership.panel();
        String noun = question.getKind().noun();
        String body = "Dear " + question.getName() + ",\n\n"
                + "Your " + noun + " " + question.reference() + " for the meeting on "
                + meeting(question.getMeetingId()).whenAndWhere() + " " + what + ".\n\n" + details + "\n\n"
                + (note == null || note.isBlank() ? "" : "A note from the secretariat:\n\n" + note.strip() + "\n\n")
                + "What you sent:\n\n" + question.getText() + "\n\n" + signature(panel);
        mailbox.queue(
                "question:" + question.getId() + ":" + event,
                List.of(question.getEmail()),
                "Your " + noun + " " + question.reference() + " " + what,
                body,
                null);
    }

    private static String signature(PanelDetails panel) {
        return "Secretariat of the " + panel.name() + (panel.email().isBlank() ? "" : "\n" + panel.email());
    }

    @Override
    @Transactional(readOnly = true)
    public List<QuestionFigures.AtMeeting> at(Collection<Long> meetingIds) {
        Map<Long, List<PublicQuestion>> byMeeting = questions.findByMeetingIdIn(meetingIds).stream()
                .collect(Collectors.groupingBy(PublicQuestion::getMeetingId));
        return meetingIds.stream()
                .distinct()
                .filter(byMeeting::containsKey)
                .map(meeting -> {
                    List<PublicQuestion> sent = byMeeting.get(meeting);
                    return new QuestionFigures.AtMeeting(
                            meeting,
                            (int) sent.stream()
                                    .filter(q -> q.getKind() == QuestionKind.QUESTION)
                                    .count(),
                            (int) sent.stream()
                                    .filter(q -> q.getKind() == QuestionKind.STATEMENT)
                                    .count(),
                            (int) sent.stream()
                                    .filter(q -> q.getStatus() == PublicQuestion.Status.ACCEPTED)
                                    .count(),
                            (int) sent.stream()
                                    .filter(q -> q.getStatus() == PublicQuestion.Status.REJECTED)
                                    .count(),
                            (int) sent.stream()
                                    .filter(PublicQuestion::isAnswered)
                                    .count());
                })
                .toList();
    }
}
