package org.scrutiny.publishing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
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

    /** How a paper is described next to its link: "PDF, 1.2 MB, 12 pages", "Word document, 40 KB". */
    public static String describe(String mediaType, long sizeBytes, Integer pageCount) {
        String size = sizeBytes >= 1_000_000
                ? String.format(Locale.UK, "%.1f MB", sizeBytes / 1_000_000.0)
                : Math.max(1, Math.round(sizeBytes / 1000.0)) + " KB";
        String type = PDF.toString().equals(mediaType) ? "PDF" : "Word document";
        return type + ", " + size + (pageCount == null ? "" : ", " + pageCount + (pageCount == 1 ? " page" : " pages"));
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
            checkUnzipped(content, fileName);
            Read read = new Read(DOCX.toString(), null, true, text(content, fileName));
            html(content); // what the published page shows of it: a file that cannot be shown is refused now
            return read;
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
            String active = activeContent(document);
            if (active != null) {
                throw refused(describe(fileName) + " contains " + active
                        + ", which the panel does not publish: export or save it again from the program that made"
                        + " it, without scripts, actions or attached files, and upload that");
            }
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            boolean tagged = catalog.getStructureTreeRoot() != null
                    && catalog.getMarkInfo() != null
                    && catalog.getMarkInfo().isMarked();
            return new Read(PDF.toString(), document.getNumberOfPages(), tagged, pdfText(document, fileName));
        } catch (InvalidPasswordException e) {
            throw refused(describe(fileName) + " is protected by a password: upload a copy without it");
        } catch (IOException e) {
            throw refused(describe(fileName) + " is damaged and cannot be read as a PDF: save or export it again");
        }
    }

    /**
     * Refuses a Word document (a zip file) that unpacks to far more than it weighs, a "zip bomb",
     * reading at most {@value #MOST_UNZIPPED} bytes so that checking it costs little memory and time.
     */
    private static void checkUnzipped(byte[] content, String fileName) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            while (zip.getNextEntry() != null) {
                if (++entries > MOST_ENTRIES) {
                    throw refused(describe(fileName) + " holds too many parts to be a Word document");
                }
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    total += n;
                    if (total > MOST_UNZIPPED || total > (long) content.length * MOST_INFLATION) {
                        throw refused(describe(fileName)
                                + " unpacks to far more than its size, which a Word document does not: save it again"
                                + " and upload that");
                    }
                }
            }
        } catch (IOException e) {
            throw refused(describe(fileName) + " is damaged and cannot be read as a Word document: save it again");
        }
    }

    private static final long MOST_UNZIPPED = 200L * 1024 * 1024;
    private static final int MOST_INFLATION = 100;
    private static final int MOST_ENTRIES = 10_000;

    /**
     * What in a PDF could act when it is opened or clicked, beyond showing its pages: JavaScript,
     * an action that launches a program, imports data, submits a form or plays media, or an
     * attached file. Every object reachable from the document is looked at; null when none acts.
     */
    static String activeContent(PDDocument document) {
        Deque<COSBase> toVisit = new ArrayDeque<>();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        toVisit.push(document.getDocument().getTrailer());
        int visited = 0;
        while (!toVisit.isEmpty() && visited++ < MOST_PDF_OBJECTS) {
            COSBase next = toVisit.pop();
            if (next instanceof COSObject reference) {
                next = reference.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSDictionary dictionary) {
                String found = activeIn(dictionary);
                if (found != null) {
                    return found;
                }
                dictionary.getValues().forEach(toVisit::push);
            } else if (next instanceof COSArray array) {
                array.forEach(toVisit::push);
            }
        }
        return null;
    }

    private static final int MOST_PDF_OBJECTS = 2_000_000;

    private static final Set<String> ACTIVE_ACTIONS =
            Set.of("JavaScript", "Launch", "ImportData", "SubmitForm", "Rendition", "RichMediaExecute", "GoToE");

    private static final Set<String> ACTIVE_ANNOTATIONS =
            Set.of("FileAttachment", "RichMedia", "Movie", "Sound", "Screen", "3D");

    private static String activeIn(COSDictionary dictionary) {
        if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT)) {
            return "JavaScript";
        }
        COSName action = dictionary.getCOSName(COSName.S);
        if (action != null && ACTIVE_ACTIONS.contains(action.getName())) {
            return action.getName().equals("JavaScript") ? "JavaScript" : "an action (" + action.getName() + ")";
        }
        if (COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))
                || dictionary.containsKey(COSName.EMBEDDED_FILES)
                || dictionary.containsKey(COSName.EF)) {
            return "an attached file";
        }
        COSName subtype = dictionary.getCOSName(COSName.SUBTYPE);
        if (subtype != null && ACTIVE_ANNOTATIONS.contains(subtype.getName())) {
            return "embedded media or an attached file";
        }
        return null;
    }

    /**
     * A PDF's text page by page, each page ended by a form feed, so that a search can say on which
     * page a word is.
     */
    private static String pdfText(PDDocument document, String fileName) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setPageEnd("\f");
            String text = stripper.getText(document);
            return (text.length() > TEXT_LIMIT ? text.substring(0, TEXT_LIMIT) : text).strip();
        } catch (IOException e) {
            throw refused(describe(fileName) + " is damaged and its text cannot be read");
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
