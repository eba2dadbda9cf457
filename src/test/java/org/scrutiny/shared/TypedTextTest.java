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
}
