package org.scrutiny.subscriptions.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.Audited;
import org.scrutiny.shared.BusinessRuleViolation;

/**
 * The topics people can follow: the Police and Crime Plan's themes, each with the words that mark
 * a published title as being about it. Written one per line: "Crime Prevention: burglary, road safety".
 */
@Entity
@Audited
public class UpdateSettings {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String themes;

    @Version
    private long version;

    protected UpdateSettings() {}

    public UpdateSettings(String themes) {
        changeThemes(themes);
    }

    public static UpdateSettings none() {
        return new UpdateSettings("");
    }

    public void changeThemes(String text) {
        Map<String, List<String>> parsed = parse(text == null ? "" : text);
        if (parsed.keySet().stream().anyMatch(name -> name.length() > 100)) {
            throw new BusinessRuleViolation("themes", "Each theme's name must be 100 characters or fewer");
        }
        String normalised = String.join(
                "\n",
                parsed.entrySet().stream()
                        .map(e -> e.getValue().isEmpty()
                                ? e.getKey()
                                : e.getKey() + ": " + String.join(", ", e.getValue()))
                        .toList());
        if (normalised.length() > 8000) {
            throw new BusinessRuleViolation("themes", "The themes must be 8,000 characters or fewer in all");
        }
        this.themes = normalised;
    }

    /** Each theme's name and the words that match it; the name itself always matches too. */
    public Map<String, List<String>> themes() {
        return parse(themes);
    }

    private static Map<String, List<String>> parse(String text) {
        Map<String, List<String>> themes = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String name = (colon < 0 ? line : line.substring(0, colon)).strip();
            if (name.isEmpty()) {
                throw new BusinessRuleViolation("themes", "Start each line with the theme's name, then a colon");
            }
            List<String> words = new ArrayList<>();
            if (colon >= 0) {
                Arrays.stream(line.substring(colon + 1).split(","))
                        .map(String::strip)
                        .filter(w -> !w.isEmpty())
                        .forEach(words::add);
            }
            themes.put(name, words);
        }
        return themes;
    }

    public String getThemesText() {
        return themes;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
