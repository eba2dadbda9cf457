package org.scrutiny.recommendations.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.scrutiny.recommendations.RecommendationSent;
import org.scrutiny.recommendations.ResponseRecorded;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.WorkingDays;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

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

    /**
     * What the secretariat records when the panel sends a recommendation or report: the meeting
     * (and minute) that made it, its words, when it was sent, and a response date where the panel
     * set one rather than the usual period.
     */
    public record Sending(
            long meetingId,
            Long minuteId,
            Kind kind,
            String title,
            String text,
            LocalDate sentOn,
            LocalDate dueOverride) {

        public static Sending recommendation(long meetingId, String title, String text, LocalDate sentOn) {
            return new Sending(meetingId, null, Kind.RECOMMENDATION, title, text, sentOn, null);
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

    /** The responses this one corrected, first first; never changed once kept. */
    @ElementCollection
    @CollectionTable(name = "recommendation_earlier_response", joinColumns = @JoinColumn(name = "recommendation_id"))
    @OrderColumn(name = "position")
    @NotAudited
    private List<EarlierResponse> earlierResponses = new ArrayList<>();

    @Version
    private long version;

    /** A response as it was published before a correction replaced it on {@code replacedOn}. */
    @Embeddable
    public record EarlierResponse(
            @Column(name = "response_text") String text,
            @Column(name = "response_received") LocalDate received,
            @Enumerated(EnumType.STRING) Outcome outcome,
            String letterName,
            String letterType,
            LocalDate replacedOn) {

        public List<String> paragraphs() {
            return paragraphsOf(text);
        }
    }

    /**
     * What to announce when next stored: the events are built then, since they carry the id the
     * database gives a new recommendation.
     */
    @Transient
    private boolean announceSending;

    @Transient
    private boolean announceResponse;

    protected Recommendation() {}

    @DomainEvents
    Collection<Object> announcements() {
        List<Object> events = new ArrayList<>();
        if (announceSending) {
            events.add(new RecommendationSent(id, meetingId, title, text));
        }
        if (announceResponse) {
            events.add(new ResponseRecorded(id, meetingId, title, outcome.label()));
        }
        return events;
    }

    @AfterDomainEventPublication
    void announced() {
        announceSending = false;
        announceResponse = false;
    }

    /** Recommendations taken from the panel's papers are history, not news: nothing is announced when they are stored. */
    public void importedFromRecords() {
        announced();
    }

    /**
     * Sent on {@code sentOn}; the response is due {@code months} later, on the next working day if
     * that falls on a weekend or bank holiday, unless {@code dueOverride} sets another date.
     */
    public static Recommendation send(Sending sending, int months, WorkingDays calendar) {
        String title = sending.title();
        String text = sending.text();
        LocalDate sentOn = sending.sentOn();
        LocalDate dueOverride = sending.dueOverride();
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
        recommendation.meetingId = sending.meetingId();
        recommendation.minuteId = sending.minuteId();
        recommendation.kind = sending.kind() == null ? Kind.RECOMMENDATION : sending.kind();
        recommendation.title = title.strip();
        recommendation.text = text.strip();
        recommendation.sentOn = sentOn;
        recommendation.responseDue = due;
        recommendation.announceSending = true;
        return recommendation;
    }

    /**
     * The Commissioner's response: written out, or in a letter, or both; and its outcome, received
     * no later than {@code today}. A response already recorded is not overwritten: it is kept, as
     * replaced {@code today}, and stays in the recommendation's history. A correction without a
     * letter of its own keeps the letter of the response it corrects.
     */
    /** The Commissioner's response as the OPCC or the secretariat records it. */
    public record Response(String text, LocalDate received, Outcome outcome) {}

    /** An uploaded letter: its cleaned file name and the type it was read as. */
    public record Letter(String name, String type) {}

    /**
     * Records the response received (on or before {@code today}), keeping any earlier one as
     * corrected; {@code letter} is null when none was uploaded with it.
     */
    public void respond(Response response, Letter letter, LocalDate today) {
        String text = response.text();
        LocalDate received = response.received();
        Outcome outcome = response.outcome();
        String letterName = letter == null ? null : letter.name();
        String letterType = letter == null ? null : letter.type();
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
        if (received.isAfter(today)) {
            throw new BusinessRuleViolation(
                    "received", "The date the response was received must be today or in the past");
        }
        if (outcome == null) {
            throw new BusinessRuleViolation("outcome", "Choose what the Commissioner made of the recommendation");
        }
        if (responseReceived != null) {
            earlierResponses.add(new EarlierResponse(
                    responseText, responseReceived, this.outcome, this.letterName, this.letterType, today));
        }
        this.responseText = text == null || text.isBlank() ? null : text.strip();
        this.responseReceived = received;
        this.outcome = outcome;
        announceResponse = true;
        if (letterName != null) {
            this.letterName = letterName;
            this.letterType = letterType;
        }
    }

    /** The number of the response now shown: 1 for the first, one more for each correction. */
    public int responseNumber() {
        return earlierResponses.size() + 1;
    }

    /** The responses corrected since, first first. */
    public List<EarlierResponse> getEarlierResponses() {
        return List.copyOf(earlierResponses);
    }

    public Status statusOn(LocalDate today) {
        if (responseReceived != null) {
            return Status.RESPONDED;
        }
        return today.isAfter(responseDue) ? Status.OVERDUE : Status.AWAITING;
    }

    public List<String> responseParagraphs() {
        return paragraphsOf(responseText);
    }

    private static List<String> paragraphsOf(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
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
