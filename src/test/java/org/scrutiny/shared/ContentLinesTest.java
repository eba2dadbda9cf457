package org.scrutiny.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.scrutiny.shared.web.ContentLines;

class ContentLinesTest {

    @Test
    void no_folded_line_is_longer_than_75_octets_even_when_every_character_takes_several() {
        String line = "DESCRIPTION:" + "Police and Crime Panel – café ✓ 👮 ".repeat(12);
        String folded = ContentLines.fold(line + "\r\n");

        for (String part : folded.split("\r\n")) {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(part).doesNotContain("\uFFFD");
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }

    @Test
    void a_line_of_75_octets_is_left_whole_and_one_of_76_is_folded() {
        String exactly = "X".repeat(75);
        assertThat(ContentLines.fold(exactly + "\r\n")).isEqualTo(exactly + "\r\n");
        assertThat(ContentLines.fold(exactly + "Y\r\n")).isEqualTo(exactly + "\r\n Y\r\n");
    }

    @Test
    void a_calendar_folded_by_characters_is_folded_again_by_octets() {
        String byCharacters = "SUMMARY:" + "é".repeat(66) + "\r\n " + "é".repeat(10) + "\r\n";
        String refolded = ContentLines.refold(byCharacters);

        assertThat(refolded.split("\r\n")).allSatisfy(part -> assertThat(part.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        assertThat(refolded.replace("\r\n ", "")).isEqualTo("SUMMARY:" + "é".repeat(76) + "\r\n");
    }
}
