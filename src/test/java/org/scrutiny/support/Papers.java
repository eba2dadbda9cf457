package org.scrutiny.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.scrutiny.publishing.AccessiblePdf;

/** Files of the kinds people upload, made in the test: untagged PDFs and Word documents. */
public final class Papers {

    private Papers() {}

    /** A tagged PDF/UA document of {@code pages} pages, each with a heading and a sentence. */
    public static byte[] taggedPdf(String title, int pages) {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= pages; i++) {
            String heading = i == 1 ? "h1" : "h2 style=\"page-break-before: always\"";
            body.append('<')
                    .append(heading)
                    .append('>')
                    .append(title)
                    .append(" page ")
                    .append(i)
                    .append(i == 1 ? "</h1>" : "</h2>")
                    .append("<p>Text of ")
                    .append(title)
                    .append(", page ")
                    .append(i)
                    .append(".</p>");
        }
        return AccessiblePdf.renderHtml("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + title + "</title><style>body { font-family: 'Liberation Sans'; }</style></head><body>" + body
                + "</body></html>");
    }

    /** A PDF as a scanner or an old word processor makes it: text on the page, no tags. */
    public static byte[] untaggedPdf(String title, int pages) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    content.newLineAtOffset(72, 700);
                    content.showText(title + " - page " + i);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document with a heading and a paragraph. */
    public static byte[] docx(String heading, String paragraph) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading1");
            style.addNewName().setVal("heading 1");
            document.createStyles().addStyle(new XWPFStyle(style));
            XWPFParagraph title = document.createParagraph();
            title.setStyle("Heading1");
            title.createRun().setText(heading);
            document.createParagraph().createRun().setText(paragraph);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
