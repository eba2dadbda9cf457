package org.scrutiny.questions.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.London;

/**
 * A question or statement from a member of the public for one meeting. It is received, perhaps
 * referred to the Chair, then accepted or rejected with a reason; an accepted one is answered at
 * the meeting or in writing. The name, email and area are personal data and are never audited.
 */
@Entity
@Audited
public class PublicQuestion {

    public enum Status {
        RECEIVED("Received"),
        REFERRED_TO_CHAIR("Referred to the Chair"),
        ACCEPTED("Accepted"),
        REJECTED("Rejected");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum AnswerKind {
        ORAL("Answered at the meeting"),
        WRITTEN("Answered in writing");

        private final String label;

        AnswerKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;

    @Enumerated(EnumType.STRING)
    private QuestionKind kind;

    private String text;

    @NotAudited
    private String name;

    @NotAudited
    private String email;

    @NotAudited
    private String area;

    private boolean attending;
    private boolean showName;
    private Instant submittedAt;
    private LocalDateTime deadline;
    private boolean late;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String rejectionReason;
    private String moderationNote;
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    private AnswerKind answerKind;

    private String answer;
    private LocalDate answeredOn;
    private Instant personalDataErasedAt;

    @Version
    private long version;

    protected PublicQuestion() {}

    /**
     * A submission received at {@code at}. It is late when it arrives at or after the deadline
     * ("received before 12 noon"), and is then kept for the Chair to decide.
     */
    PublicQuestion(
            long meetingId,
            QuestionKind kind,
            String text,
            String name,
            String email,
            String area,
            boolean attending,
            boolean showName,
            Instant at,
            LocalDateTime deadline) {
        this.meetingId = meetingId;
        this.kind = kind;
        this.text = text;
        this.name = name;
        this.email = normalise(email);
        this.area = area;
        this.attending = attending;
        this.showName = showName;
        this.submittedAt = at;
        this.deadline = deadline;
        this.late = !LocalDateTime.ofInstant(at, London.ZONE).isBefore(deadline);
        this.status = Status.RECEIVED;
    }

    static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The reference the person is given: it reveals nothing about them. */
    public String reference() {
        return "PQ-" + String.format("%06d", id);
    }

    public void referToChair(String note, Instant at) {
        if (status != Status.RECEIVED) {
            throw new BusinessRuleViolation("Only a " + kind.noun() + " not yet decided can be referred to the Chair");
        }
        this.status = Status.REFERRED_TO_CHAIR;
        this.moderationNote = note;
        this.decidedAt = at;
    }

    public void accept(String note, Instant at) {
        if (status != Status.RECEIVED && status != Status.REFERRED_TO_CHAIR) {
            throw new BusinessRuleViolation("This " + kind.noun() + " has already been "
                    + status.label().toLowerCase(Locale.ROOT));
        }
        this.status = Status.ACCEPTED;
        this.moderationNote = note;
        this.rejectionReason = null;
        this.decidedAt = at;
    }

    public void reject(String reason, String note, Instant at) {
        if (status != Status.RECEIVED && status != Status.REFERRED_TO_CHAIR) {
            throw new BusinessRuleViolation("This " + kind.noun() + " has already been "
                    + status.label().toLowerCase(Locale.ROOT));
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation("reason", "Choose the reason for rejecting it");
        }
        this.status = Status.REJECTED;
        this.rejectionReason = reason;
        this.moderationNote = note;
        this.decidedAt = at;
    }

    /** Records the answer; a statement is not answered, only heard. */
    public void answer(AnswerKind how, String answerText, LocalDate on) {
        if (status != Status.ACCEPTED) {
            throw new BusinessRuleViolation("Only an accepted " + kind.noun() + " can be answered");
        }
        if (kind == QuestionKind.STATEMENT) {
            throw new BusinessRuleViolation("A statement is heard, not answered");
        }
        if (how == null) {
            throw new BusinessRuleViolation("answerKind", "Choose how it was answered");
        }
        if (answerText == null || answerText.isBlank()) {
            throw new BusinessRuleViolation(
                    "answer", "Enter the answer, or a summary of the answer given at the meeting");
        }
        this.answerKind = how;
        this.answer = answerText.strip();
        this.answeredOn = on;
    }

    /** Forgets who asked; what was asked and what was answered stay. */
    public void erasePersonalData(Instant at) {
        this.name = null;
        this.email = null;
        this.area = null;
        this.showName = false;
        this.personalDataErasedAt = at;
    }

    /** The name shown to the public: the person's only if they agreed to it. */
    public String publicName() {
        return showName && name != null ? name : "A member of the public";
    }

    public boolean isAnswered() {
        return answerKind != null;
    }

    public boolean isDecided() {
        return status == Status.ACCEPTED || status == Status.REJECTED;
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getArea() {
        return area;
    }

    public boolean isAttending() {
        return attending;
    }

    public boolean isShowName() {
        return showName;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public boolean isLate() {
        return late;
    }

    public Status getStatus() {
        return status;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public String getModerationNote() {
        return moderationNote;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public AnswerKind getAnswerKind() {
        return answerKind;
    }

    public String getAnswer() {
        return answer;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public Instant getPersonalDataErasedAt() {
        return personalDataErasedAt;
    }

    public long getVersion() {
        return version;
    }
}
