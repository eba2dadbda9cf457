package org.scrutiny.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts every generated PDF embeds (subsets of Liberation Sans), loaded without glyph
 * substitution. PDFBox applies a font's GSUB table (ligatures and the like) to every string it
 * draws, compiling regular expressions each time: a quarter of an agenda pack's build went there,
 * for text that needs none (English prose, page numbers). Without it each character is its own
 * glyph, which also keeps the text of the PDF exactly the text of the page.
 */
final class EmbeddedFonts {

    /** Liberation Sans (SIL Open Font Licence), shipped inside Apache PDFBox. */
    static final String REGULAR = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /**
     * Its bold face, for headings and strong text, shipped with Scrutiny (with its licence beside
     * it) since PDFBox has only the regular one; without it bold text would be set in the regular.
     */
    static final String BOLD = "/fonts/LiberationSans-Bold.ttf";

    /** The font files, read from the application's jar once rather than for every document. */
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    private EmbeddedFonts() {}

    /** The font at {@code resource}, to be embedded as a subset in {@code document}. */
    static PDType0Font load(PDDocument document, String resource) {
        try {
            TrueTypeFont font = new TTFParser()
                    .parse(new RandomAccessReadBuffer(FILES.computeIfAbsent(resource, EmbeddedFonts::read)));
            font.setEnableGsub(false);
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + resource + " could not be read", e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = EmbeddedFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + resource + " could not be read", e);
        }
    }
}
