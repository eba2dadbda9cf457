package org.scrutiny.subscriptions.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.scrutiny.shared.BusinessRuleViolation;

/**
 * One person's request for email updates. It starts pending and sends nothing until the person
 * follows the link emailed to them; the token in that link also lets them stop, without signing in.
 */
@Entity
@Audited
public class Subscription {

    public enum Status {
        PENDING,
        CONFIRMED
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotAudited
    private String email;

    @NotAudited
    private String token;

    private boolean agendas;
    private boolean minutes;
    private boolean recommendations;
    private Long meetingId;
    private String themes;
    private String keywords;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant createdAt;
    private Instant confirmedAt;

    @Version
    private long version;

    protected Subscription() {}

    Subscription(
            String email,
            boolean agendas,
            boolean minutes,
            boolean recommendations,
            Long meetingId,
            List<String> themes,
            List<String> keywords,
            Instant at) {
        if (!agendas && !minutes && !recommendations && meetingId == null && themes.isEmpty() && keywords.isEmpty()) {
            throw new BusinessRuleViolation("agendas", "Choose at least one thing to get email updates about");
        }
        this.email = email.strip().toLowerCase(Locale.ROOT);
        this.agendas = agendas;
        this.minutes = minutes;
        this.recommendations = recommendations;
        this.meetingId = meetingId;
        this.themes = String.join("\n", themes);
        this.keywords = String.join("\n", keywords);
        this.status = Status.PENDING;
        this.createdAt = at;
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public void confirm(Instant at) {
        if (status == Status.PENDING) {
            status = Status.CONFIRMED;
            confirmedAt = at;
        }
    }

    public boolean isConfirmed() {
        return status == Status.CONFIRMED;
    }

    public List<String> themeList() {
        return lines(themes);
    }

    public List<String> keywordList() {
        return lines(keywords);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    /** How a theme of the plan followed by its id is written among the themes: "theme:12". */
    public static final String THEME_ID = "theme:";

    /** Replaces a theme followed by its name with the same theme of the plan, followed by its id. */
    boolean adopt(String name, long themeId) {
        List<String> lines = new ArrayList<>(themeList());
        int at = lines.indexOf(name);
        if (at < 0) {
            return false;
        }
        lines.set(at, THEME_ID + themeId);
        this.themes = String.join("\n", lines.stream().distinct().toList());
        return true;
    }

    /** What the person asked for, in words: "new agendas, new minutes and the theme Crime Prevention". */
    public String describe(String meetingText) {
        return describe(meetingText, theme -> theme);
    }

    /** The same, with each theme followed by its id named as it is now. */
    public String describe(String meetingText, UnaryOperator<String> themeName) {
        List<String> parts = new ArrayList<>();
        if (agendas) {
            parts.add("new agendas");
        }
        if (minutes) {
            parts.add("new minutes");
        }
        if (recommendations) {
            parts.add("recommendations to the Commissioner and responses");
        }
        if (meetingId != null) {
            parts.add("changes to the meeting on " + meetingText);
        }
        themeList().forEach(theme -> parts.add("the theme " + themeName.apply(theme)));
        keywordList().forEach(keyword -> parts.add("\u201c" + keyword + "\u201d"));
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getToken() {
        return token;
    }

    public boolean isAgendas() {
        return agendas;
    }

    public boolean isMinutes() {
        return minutes;
    }

    public boolean isRecommendations() {
        return recommendations;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public long getVersion() {
        return version;
    }
}
