package org.scrutiny.publishing;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
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

    /** Liberation Sans (SIL Open Font Licence), shipped inside Apache PDFBox. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    static final String FONT_FAMILY = "Liberation Sans";

    private final TemplateEngine templates;

    AccessiblePdf(TemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(String template, Map<String, Object> variables) {
        String html = templates.process(template, new Context(java.util.Locale.UK, variables));
        return renderHtml(html);
    }

    static byte[] renderHtml(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(AccessiblePdf::font, FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(AccessiblePdf::font, FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be made", e);
        }
    }

    private static InputStream font() {
        return AccessiblePdf.class.getResourceAsStream(FONT);
    }
}
