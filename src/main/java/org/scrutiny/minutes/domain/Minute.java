package org.scrutiny.minutes.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.List;
import org.hibernate.envers.Audited;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.shared.BusinessRuleViolation;

/**
 * The minute of one agenda item: what the panel received, the points raised (questions, answers,
 * comments) and what it decided, with the vote.
 */
@Entity
@Audited
public class Minute {

    /** How the panel decided: unanimously, or by a count, with the names if a vote was recorded. */
    /** What the secretariat writes for a minute: its summary, numbered points, the decision and the vote. */
    public record Writing(String summary, List<String> points, Decision decision, String decisionText, Vote vote) {

        public Writing {
            points = points == null ? List.of() : List.copyOf(points);
        }
    }

    public record Vote(boolean unanimous, Integer votesFor, Integer against, Integer abstaining, String recorded) {

        public static Vote unanimously() {
            return new Vote(true, null, null, null, null);
        }

        public static Vote none() {
            return new Vote(false, null, null, null, null);
        }

        boolean counted() {
            return votesFor != null || against != null || abstaining != null;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "minutes_id")
    private MeetingMinutes minutes;

    private int position;
    private Long agendaItemId;
    private String title;

    @Enumerated(EnumType.STRING)
    private ItemPurpose purpose = ItemPurpose.OTHER;

    private String summary;

    /** The points raised, one a line, numbered on through the meeting when shown. */
    private String points;

    @Enumerated(EnumType.STRING)
    private Decision decision = Decision.NONE;

    private String decisionText;
    private boolean unanimous;
    private Integer votesFor;
    private Integer votesAgainst;
    private Integer votesAbstaining;
    private String recordedVote;

    protected Minute() {}

    Minute(MeetingMinutes minutes, int position, Long agendaItemId, String title, ItemPurpose purpose) {
        this.minutes = minutes;
        this.position = position;
        this.agendaItemId = agendaItemId;
        this.title = title;
        this.purpose = purpose == null ? ItemPurpose.OTHER : purpose;
    }

    void write(Writing writing) {
        String summary = writing.summary();
        List<String> points = writing.points();
        Decision decision = writing.decision();
        String decisionText = writing.decisionText();
        Vote vote = writing.vote();
        if (decision != Decision.NONE && (decisionText == null || decisionText.isBlank())) {
            throw new BusinessRuleViolation(
                    "decisionText",
                    "Write what the panel " + decision.label().toLowerCase() + ", for example: to NOTE the report");
        }
        if (decision == Decision.NONE && (vote.unanimous() || vote.counted())) {
            throw new BusinessRuleViolation("decision", "Choose the decision the vote was on");
        }
        if (vote.unanimous() && vote.counted()) {
            throw new BusinessRuleViolation(
                    "unanimous",
                    "A unanimous decision has no votes against: leave the counts empty or untick unanimous");
        }
        if (vote.unanimous() && vote.against() != null && vote.against() > 0) {
            throw new BusinessRuleViolation("votesAgainst", "A unanimous decision has no votes against");
        }
        for (Integer count : new Integer[] {vote.votesFor(), vote.against(), vote.abstaining()}) {
            if (count != null && count < 0) {
                throw new BusinessRuleViolation("votesFor", "Votes cannot be fewer than nought");
            }
        }
        this.summary = blankToNull(summary);
        this.points = points.isEmpty() ? null : String.join("\n", points);
        this.decision = decision;
        this.decisionText = blankToNull(decisionText);
        this.unanimous = vote.unanimous();
        this.votesFor = vote.votesFor();
        this.votesAgainst = vote.against();
        this.votesAbstaining = vote.abstaining();
        this.recordedVote = blankToNull(vote.recorded());
    }

    void moveTo(int position) {
        this.position = position;
    }

    /** "The Panel unanimously AGREED to NOTE the report." */
    public String decisionSentence() {
        if (decision == Decision.NONE) {
            return null;
        }
        StringBuilder sentence = new StringBuilder("The Panel");
        if (unanimous) {
            sentence.append(" unanimously");
        }
        sentence.append(' ').append(decision.verb());
        String text = decisionText.strip();
        sentence.append(decision == Decision.RECOMMENDATION ? ": " : " ").append(text);
        if (!unanimous && (votesFor != null || votesAgainst != null || votesAbstaining != null)) {
            sentence.append(" (")
                    .append(count(votesFor, "for"))
                    .append(", ")
                    .append(count(votesAgainst, "against"))
                    .append(", ")
                    .append(count(votesAbstaining, "abstaining"))
                    .append(')');
        }
        if (!sentence.toString().endsWith(".")) {
            sentence.append('.');
        }
        return sentence.toString();
    }

    private static String count(Integer value, String what) {
        return (value == null ? 0 : value) + " " + what;
    }

    public List<String> pointList() {
        return points == null
                ? List.of()
                : points.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public List<String> summaryParagraphs() {
        return summary == null
                ? List.of()
                : summary.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    /** This minute's number: the record's first number, counted on in order. */
    public int getNumber() {
        return minutes.getFirstNumber() + minutes.getMinutes().indexOf(this);
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public ItemPurpose getPurpose() {
        return purpose;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getPoints() {
        return points;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getDecisionText() {
        return decisionText;
    }

    public boolean isUnanimous() {
        return unanimous;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public Integer getVotesAbstaining() {
        return votesAbstaining;
    }

    public String getRecordedVote() {
        return recordedVote;
    }
}
