package org.scrutiny.questions.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;
import org.scrutiny.shared.BusinessRuleViolation;

/** The panel's rules of procedure for public questions, as the secretariat sets them. */
@Entity
@Audited
public class QuestionRules {

    static final List<String> DEFAULT_REASONS = List.of(
            "It is defamatory, frivolous or offensive",
            "It is not about a matter within the panel's remit",
            "It is substantially the same as a question put to the panel in the last six months",
            "It is about a live complaint or legal proceedings",
            "It would need the disclosure of confidential or exempt information");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int wordLimit;
    private int mostPerPerson;
    private boolean areaRequired;
    private String rejectionReasons;

    @Version
    private long version;

    protected QuestionRules() {}

    public QuestionRules(int wordLimit, int mostPerPerson, boolean areaRequired, List<String> rejectionReasons) {
        change(wordLimit, mostPerPerson, areaRequired, rejectionReasons);
    }

    /** Until the secretariat sets its own: 300 words, two per person per meeting, from people of the area. */
    public static QuestionRules defaults() {
        return new QuestionRules(300, 2, true, DEFAULT_REASONS);
    }

    public void change(int wordLimit, int mostPerPerson, boolean areaRequired, List<String> rejectionReasons) {
        if (wordLimit < 20 || wordLimit > 2000) {
            throw new BusinessRuleViolation("wordLimit", "Enter a word limit between 20 and 2,000");
        }
        if (mostPerPerson < 1 || mostPerPerson > 20) {
            throw new BusinessRuleViolation("mostPerPerson", "Enter a number between 1 and 20");
        }
        List<String> reasons = rejectionReasons.stream()
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .distinct()
                .toList();
        if (reasons.isEmpty()) {
            throw new BusinessRuleViolation("rejectionReasons", "Enter at least one reason for rejecting a question");
        }
        if (reasons.stream().anyMatch(r -> r.length() > 300)) {
            throw new BusinessRuleViolation("rejectionReasons", "Each reason must be 300 characters or fewer");
        }
        String joined = String.join("\n", reasons);
        if (joined.length() > 4000) {
            throw new BusinessRuleViolation("rejectionReasons", "The reasons must be 4,000 characters or fewer in all");
        }
        this.wordLimit = wordLimit;
        this.mostPerPerson = mostPerPerson;
        this.areaRequired = areaRequired;
        this.rejectionReasons = joined;
    }

    /** Words as a person counts them: runs of letters or digits, with apostrophes and hyphens inside. */
    public static int wordsIn(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return (int) Arrays.stream(text.strip().split("[\\s\\u00A0]+"))
                .filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit))
                .count();
    }

    public List<String> reasons() {
        return List.of(rejectionReasons.split("\n"));
    }

    public Long getId() {
        return id;
    }

    public int getWordLimit() {
        return wordLimit;
    }

    public int getMostPerPerson() {
        return mostPerPerson;
    }

    public boolean isAreaRequired() {
        return areaRequired;
    }

    public long getVersion() {
        return version;
    }
}
