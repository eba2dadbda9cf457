package org.scrutiny.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void control_characters_and_bidi_overrides_are_removed_and_lines_and_tabs_kept() {
        assertThat(TypedText.clean("Vision\u0000 Zero\u0001\u001b[31m")).isEqualTo("Vision Zero[31m");
        assertThat(TypedText.clean("invoice\u202Egpj.exe and \u2066isolated\u2069"))
                .isEqualTo("invoicegpj.exe and isolated");
        assertThat(TypedText.clean("First line\r\nSecond\tcolumn")).isEqualTo("First line\r\nSecond\tcolumn");
    }

    @Test
    void emoji_and_right_to_left_text_are_ordinary_text() {
        assertThat(TypedText.clean("Policing 👮 in شرطة")).isEqualTo("Policing 👮 in شرطة");
        assertThat(TypedText.clean(null)).isNull();
    }

    @Test
    void half_a_surrogate_pair_and_the_non_characters_xml_refuses_are_removed() {
        assertThat(TypedText.clean("broken \uD800 pair \uDC00 and \uFFFE\uFFFF"))
                .isEqualTo("broken  pair  and ");
        assertThat(TypedText.clean("whole \uD83D\uDC6E pair")).isEqualTo("whole \uD83D\uDC6E pair");
    }

    @Test
    void text_kept_to_one_line_has_its_line_breaks_turned_into_a_space() {
        assertThat(TypedText.oneLine("Cllr Jane\r\nBcc: someone@example.com\tSmith"))
                .isEqualTo("Cllr Jane Bcc: someone@example.com Smith");
    }

    @Test
    void a_file_name_keeps_only_its_last_part_on_one_line_without_bidi_controls_and_not_too_long() {
        assertThat(TypedText.fileName("C:\\Users\\clerk\\Budget report.pdf")).isEqualTo("Budget report.pdf");
        assertThat(TypedText.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(TypedText.fileName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(TypedText.fileName("two\r\nlines.pdf")).isEqualTo("two lines.pdf");
        assertThat(TypedText.fileName("..")).isEqualTo("upload");
        assertThat(TypedText.fileName(null)).isEqualTo("upload");
        String longName = TypedText.fileName("r".repeat(304) + ".pdf");
        assertThat(longName).hasSize(TypedText.LONGEST_FILE_NAME).endsWith("r.pdf");
    }
}
