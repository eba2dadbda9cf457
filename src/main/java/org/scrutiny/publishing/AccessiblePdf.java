package org.scrutiny.publishing;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to a tagged PDF/UA-1 document. The template must give the
 * document a {@code <title>} and a {@code lang}; the text is set in Liberation Sans, embedded,
 * because a PDF whose font is not embedded loses its text while still passing validators.
 */
@Component
public class AccessiblePdf {

    static final String FONT_FAMILY = "Liberation Sans";

    private final TemplateEngine templates;

    AccessiblePdf(TemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(String template, Map<String, Object> variables) {
        String html = templates.process(template, new Context(Locale.UK, variables));
        return renderHtml(html);
    }

    /** How many pages a PDF has. */
    public static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be read", e);
        }
    }

    /** Renders a whole HTML document, which must have a title and a language. */
    public static byte[] renderHtml(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePDDocument(document);
            builder.useFont(
                    new PDFontSupplier(EmbeddedFonts.load(document, EmbeddedFonts.REGULAR)),
                    FONT_FAMILY,
                    400,
                    FontStyle.NORMAL,
                    true);
            builder.useFont(
                    new PDFontSupplier(EmbeddedFonts.load(document, EmbeddedFonts.BOLD)),
                    FONT_FAMILY,
                    700,
                    FontStyle.NORMAL,
                    true);
            builder.withW3cDocument(withBookmarksInHead(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be made", e);
        }
    }

    /**
     * openhtmltopdf reads the PDF outline from {@code <bookmarks>} in the head, which an HTML5
     * parser will not leave there: the bookmarks are taken out and rebuilt in the W3C document.
     */
    private static org.w3c.dom.Document withBookmarksInHead(Document html) {
        Elements marks = html.select("bookmark");
        html.select("bookmarks").remove();
        org.w3c.dom.Document document = new W3CDom().fromJsoup(html);
        if (!marks.isEmpty()) {
            org.w3c.dom.Element bookmarks = document.createElement("bookmarks");
            for (Element mark : marks) {
                org.w3c.dom.Element bookmark = document.createElement("bookmark");
                bookmark.setAttribute("name", mark.attr("name"));
                bookmark.setAttribute("href", mark.attr("href"));
                bookmarks.appendChild(bookmark);
            }
            document.getElementsByTagName("head").item(0).appendChild(bookmarks);
        }
        return document;
    }
}
