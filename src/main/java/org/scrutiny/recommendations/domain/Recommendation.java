package org.scrutiny.recommendations.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.WorkingDays;

/**
 * A recommendation or report of the panel to the Commissioner: sent on a date, with a response due
 * by a working day, and the Commissioner's response with its outcome once it arrives.
 */
@Entity
@Audited
public class Recommendation {

    public enum Kind {
        RECOMMENDATION("Recommendation"),
        REPORT("Report of the panel");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Outcome {
        ACCEPTED("Accepted"),
        PARTLY_ACCEPTED("Partly accepted"),
        NOT_ACCEPTED("Not accepted"),
        NOTED("Noted");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        AWAITING("Awaiting response"),
        OVERDUE("Response overdue"),
        RESPONDED("Responded");

        private final String label;

        Status(String label) {
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
    private Long minuteId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String title;
    private String text;
    private LocalDate sentOn;
    private LocalDate responseDue;
    private String responseText;
    private LocalDate responseReceived;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String letterName;
    private String letterType;

    @Version
    private long version;

    protected Recommendation() {}

    /**
     * Sent on {@code sentOn}; the response is due {@code months} later, on the next working day if
     * that falls on a weekend or bank holiday, unless {@code dueOverride} sets another date.
     */
    public static Recommendation send(
            long meetingId,
            Long minuteId,
            Kind kind,
            String title,
            String text,
            LocalDate sentOn,
            int months,
            LocalDate dueOverride,
            WorkingDays calendar) {
        if (title == null || title.isBlank()) {
            throw new BusinessRuleViolation("title", "Enter a short title for the recommendation");
        }
        if (text == null || text.isBlank()) {
            throw new BusinessRuleViolation("text", "Enter the recommendation as the panel agreed it");
        }
        if (sentOn == null) {
            throw new BusinessRuleViolation("sentOn", "Enter the date the recommendation was sent");
        }
        LocalDate due = dueOverride != null ? dueOverride : sentOn.plusMonths(months);
        if (!due.isAfter(sentOn)) {
            throw new BusinessRuleViolation("responseDue", "The response must be due after the date it was sent");
        }
        while (!calendar.isWorkingDay(due)) {
            due = due.plusDays(1);
        }
        Recommendation recommendation = new Recommendation();
        recommendation.meetingId = meetingId;
        recommendation.minuteId = minuteId;
        recommendation.kind = kind == null ? Kind.RECOMMENDATION : kind;
        recommendation.title = title.strip();
        recommendation.text = text.strip();
        recommendation.sentOn = sentOn;
        recommendation.responseDue = due;
        return recommendation;
    }

    /** The Commissioner's response: written out, or in a letter, or both; and its outcome. */
    public void respond(String text, LocalDate received, Outcome outcome, String letterName, String letterType) {
        if ((text == null || text.isBlank()) && letterName == null && this.letterName == null) {
            throw new BusinessRuleViolation("responseText", "Enter the response, or upload the Commissioner's letter");
        }
        if (received == null) {
            throw new BusinessRuleViolation("received", "Enter the date the response was received");
        }
        if (received.isBefore(sentOn)) {
            throw new BusinessRuleViolation(
                    "received", "The response cannot arrive before the recommendation was sent");
        }
        if (outcome == null) {
            throw new BusinessRuleViolation("outcome", "Choose what the Commissioner made of the recommendation");
        }
        this.responseText = text == null || text.isBlank() ? null : text.strip();
        this.responseReceived = received;
        this.outcome = outcome;
        if (letterName != null) {
            this.letterName = letterName;
            this.letterType = letterType;
        }
    }

    public Status statusOn(LocalDate today) {
        if (responseReceived != null) {
            return Status.RESPONDED;
        }
        return today.isAfter(responseDue) ? Status.OVERDUE : Status.AWAITING;
    }

    public java.util.List<String> responseParagraphs() {
        return responseText == null
                ? java.util.List.of()
                : responseText
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList();
    }

    public boolean wasLate() {
        return responseReceived != null && responseReceived.isAfter(responseDue);
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public Long getMinuteId() {
        return minuteId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public LocalDate getResponseDue() {
        return responseDue;
    }

    public String getResponseText() {
        return responseText;
    }

    public LocalDate getResponseReceived() {
        return responseReceived;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getLetterName() {
        return letterName;
    }

    public String getLetterType() {
        return letterType;
    }

    public long getVersion() {
        return version;
    }
}
