package org.scrutiny.subscriptions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicsTest {

    private final Map<String, List<String>> themes = new UpdateSettings(UpdatesDemoData.THEMES).themes();

    @Test
    void a_keyword_matches_words_that_start_with_it_in_any_case_but_not_inside_a_word() {
        assertThat(Topics.mentions("Support for Victims of crime", "victim")).isTrue();
        assertThat(Topics.mentions("101 call handling", "101")).isTrue();
        assertThat(Topics.mentions("Call 1010 today", "101")).isTrue();
        assertThat(Topics.mentions("Evictim", "victim")).isFalse();
        assertThat(Topics.mentions("Review of Complaints", " ")).isFalse();
    }

    @Test
    void a_theme_matches_its_own_name_and_its_words() {
        assertThat(Topics.aboutTheme("OPCC - Complaints Policy Update", "Ethical Policing", themes))
                .isTrue();
        assertThat(Topics.aboutTheme("Ethical policing report", "Ethical Policing", themes))
                .isTrue();
        assertThat(Topics.aboutTheme("Meeting Dates and Agenda Plan", "Ethical Policing", themes))
                .isFalse();
        assertThat(Topics.aboutTheme("Anything", "A theme since removed", themes))
                .isFalse();
    }

    @Test
    void themes_are_read_one_per_line_with_their_words_after_a_colon() {
        UpdateSettings settings = new UpdateSettings("  Crime Prevention :  burglary, , road safety\n\nRural crime\n");
        assertThat(settings.themes())
                .containsExactly(
                        Map.entry("Crime Prevention", List.of("burglary", "road safety")),
                        Map.entry("Rural crime", List.of()));
        assertThat(settings.getThemesText()).isEqualTo("Crime Prevention: burglary, road safety\nRural crime");
    }
}
