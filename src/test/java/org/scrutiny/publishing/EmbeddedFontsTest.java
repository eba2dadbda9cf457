package org.scrutiny.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class EmbeddedFontsTest {

    @Test
    void both_faces_load_as_embedded_subsets_without_glyph_substitution() throws Exception {
        try (PDDocument document = new PDDocument()) {
            for (String face : new String[] {EmbeddedFonts.REGULAR, EmbeddedFonts.BOLD}) {
                PDType0Font font = EmbeddedFonts.load(document, face);
                assertThat(font.isEmbedded()).as(face).isTrue();
                assertThat(font.willBeSubset()).as(face).isTrue();
                assertThat(font.getGsubData())
                        .as(face + ": PDFBox would run the GSUB table on every string drawn")
                        .isSameAs(GsubData.NO_DATA_FOUND);
            }
        }
    }

    @Test
    void the_regular_face_would_otherwise_carry_a_gsub_table() throws Exception {
        try (PDDocument document = new PDDocument();
                var in = EmbeddedFontsTest.class.getResourceAsStream(EmbeddedFonts.REGULAR)) {
            assertThat(PDType0Font.load(document, in, true).getGsubData()).isNotSameAs(GsubData.NO_DATA_FOUND);
        }
    }
}
