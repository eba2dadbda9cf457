package org.scrutiny.publishing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToXMLContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.scrutiny.shared.BusinessRuleViolation;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * Reads an uploaded paper: its type from its content (not its name), its text for search, and for a
 * PDF its pages and whether it is tagged for assistive technology. A file that is not a PDF or a
 * Word document, that is damaged, or that needs a password is refused with a message that says so.
 */
@Component
public class DocumentReader {

    public static final MediaType PDF = MediaType.application("pdf");
    public static final MediaType DOCX =
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");

    private static final MediaType PROTECTED_OFFICE = MediaType.application("x-tika-ooxml-protected");

    /** Enough text for search from a very long paper; the rest is not indexed. */
    private static final int TEXT_LIMIT = 2_000_000;

    private final TikaConfig tika = TikaConfig.getDefaultConfig();

    /** What was learned from a file. {@code pageCount} is null for a Word document. */
    public record Read(String mediaType, Integer pageCount, boolean tagged, String text) {

        public boolean isPdf() {
            return PDF.toString().equals(mediaType);
        }
    }

    public Read read(byte[] content, String fileName) {
        if (content.length == 0) {
            throw refused("The selected file is empty");
        }
        MediaType type = detect(content);
        if (PDF.equals(type)) {
            return readPdf(content, fileName);
        }
        if (DOCX.equals(type)) {
            return new Read(DOCX.toString(), null, true, text(content, fileName));
        }
        if (PROTECTED_OFFICE.equals(type)) {
            throw refused(describe(fileName) + " is protected by a password: upload a copy without it");
        }
        throw refused("The selected file must be a PDF or a Word document (.docx); "
                + describe(fileName)
                + " is " + (type.equals(MediaType.OCTET_STREAM) ? "of a type that cannot be recognised" : type));
    }

    /** A Word document as simple, safe HTML: headings, paragraphs, lists and tables, nothing else. */
    public String html(byte[] docx) {
        ToXMLContentHandler handler = new ToXMLContentHandler();
        try (InputStream in = new ByteArrayInputStream(docx)) {
            new AutoDetectParser(tika).parse(in, handler, new Metadata(), new ParseContext());
        } catch (IOException | SAXException | TikaException e) {
            throw refused("The Word document could not be read: it may be damaged");
        }
        Safelist allowed = Safelist.none()
                .addTags(
                        "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table", "thead", "tbody", "tr",
                        "th", "td", "b", "strong", "i", "em", "br")
                .addAttributes("th", "scope", "colspan", "rowspan")
                .addAttributes("td", "colspan", "rowspan");
        String body = Jsoup.parse(handler.toString()).body().html();
        return Jsoup.clean(body, allowed).replaceAll("<p>\\s*</p>", "");
    }

    /** The same HTML with every heading one level lower, to sit under a page's own heading. */
    public String htmlUnderHeading(byte[] docx) {
        Document html = Jsoup.parseBodyFragment(html(docx));
        for (int level = 5; level >= 1; level--) {
            html.select("h" + level).tagName("h" + (level + 1));
        }
        return html.body().html();
    }

    private MediaType detect(byte[] content) {
        try (InputStream in = new ByteArrayInputStream(content)) {
            return tika.getDetector().detect(TikaInputStream.get(in), new Metadata());
        } catch (IOException e) {
            throw refused("The selected file could not be read");
        }
    }

    private Read readPdf(byte[] content, String fileName) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                throw refused(
                        describe(fileName) + " is protected by a password or encryption: upload a copy without it");
            }
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            boolean tagged = catalog.getStructureTreeRoot() != null
                    && catalog.getMarkInfo() != null
                    && catalog.getMarkInfo().isMarked();
            return new Read(PDF.toString(), document.getNumberOfPages(), tagged, text(content, fileName));
        } catch (InvalidPasswordException e) {
            throw refused(describe(fileName) + " is protected by a password: upload a copy without it");
        } catch (IOException e) {
            throw refused(describe(fileName) + " is damaged and cannot be read as a PDF: save or export it again");
        }
    }

    private String text(byte[] content, String fileName) {
        BodyContentHandler handler = new BodyContentHandler(TEXT_LIMIT);
        try (InputStream in = new ByteArrayInputStream(content)) {
            new AutoDetectParser(tika).parse(in, handler, new Metadata(), new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw refused(describe(fileName) + " is protected by a password: upload a copy without it");
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw refused(describe(fileName) + " is damaged and its text cannot be read");
            }
        } catch (IOException | TikaException e) {
            throw refused(describe(fileName) + " is damaged and its text cannot be read");
        }
        return handler.toString().strip();
    }

    private static String describe(String fileName) {
        return fileName == null || fileName.isBlank() ? "The file" : "‘" + fileName + "’";
    }

    private static BusinessRuleViolation refused(String message) {
        return new BusinessRuleViolation("file", message);
    }
}
