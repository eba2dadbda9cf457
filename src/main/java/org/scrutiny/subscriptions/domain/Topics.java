package org.scrutiny.subscriptions.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether published text is about a topic. A keyword matches words that start with it, in any
 * case: "victim" matches "Victims' Code" but not "convictim".
 */
final class Topics {

    private Topics() {}

    static boolean mentions(String text, String keyword) {
        if (keyword.isBlank()) {
            return false;
        }
        return Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(keyword.strip().toLowerCase(Locale.ROOT)),
                        Pattern.UNICODE_CASE)
                .matcher(text.toLowerCase(Locale.ROOT))
                .find();
    }

    /** Whether the text is about a theme of the plan: its name now, or one of the words the secretariat gave it. */
    static boolean aboutPlanTheme(String text, String name, Map<String, List<String>> themes) {
        return mentions(text, name)
                || themes.getOrDefault(name, List.of()).stream().anyMatch(word -> mentions(text, word));
    }

    /** Whether the text is about a theme: its name, or one of its words. */
    static boolean aboutTheme(String text, String theme, Map<String, List<String>> themes) {
        List<String> words = themes.get(theme);
        if (words == null) {
            return false; // the secretariat has since removed the theme
        }
        return mentions(text, theme) || words.stream().anyMatch(word -> mentions(text, word));
    }
}
