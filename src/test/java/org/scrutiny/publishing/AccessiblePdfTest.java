package org.scrutiny.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.scrutiny.support.PdfChecker;

class AccessiblePdfTest {

    private static final String REPORT =
            """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Recommendation on the precept 2022/23</title>
            <style>body { font-family: 'Liberation Sans'; }</style></head>
            <body><h1>Report of the Cambridgeshire Police and Crime Panel</h1>
            <h2>Decision</h2><p>The Panel unanimously agreed not to veto the proposed increase of £9.99 for a Band D property.</p>
            <table><thead><tr><th scope="col">Date of notification</th><th scope="col">Date of meeting</th></tr></thead>
            <tbody><tr><td>21 January 2022</td><td>2 February 2022</td></tr></tbody></table>
            </body></html>
            """;

    @Test
    void html_becomes_a_tagged_pdf_ua_document_with_its_text_and_title() {
        byte[] pdf = AccessiblePdf.renderHtml(REPORT);

        assertThat(PdfChecker.pdfUaFailures(pdf)).isEmpty();
        assertThat(PdfChecker.text(pdf).replaceAll("\\s+", " "))
                .contains("£9.99 for a Band D property")
                .contains("21 January 2022");
    }

    @Test
    void headings_are_set_in_the_embedded_bold_face_and_text_in_the_regular() throws Exception {
        byte[] pdf = AccessiblePdf.renderHtml(REPORT);

        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded())
                        .as(font.getName() + " is embedded")
                        .isTrue();
                fonts.add(font.getName().substring(font.getName().indexOf('+') + 1));
            }
        }
        assertThat(fonts).containsExactlyInAnyOrder("LiberationSans", "LiberationSans-Bold");
    }

    @Test
    void the_checker_rejects_an_untagged_pdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("An untagged report");
                content.endText();
            }
            document.save(out);
        }

        assertThat(PdfChecker.pdfUaFailures(out.toByteArray())).isNotEmpty();
    }
}
