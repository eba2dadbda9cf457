package org.scrutiny.publishing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Binds PDF documents into one: the first document (a tagged front sheet) is the base, the others
 * are appended with their structure trees, blank pages are added where a paper must start on an odd
 * page, and every page is numbered. Page numbers, "this page is intentionally left blank" and the
 * agenda-item label on a paper's first page are marked as artifacts, so a screen reader skips them
 * and a tagged document stays PDF/UA. The outline is rebuilt with one entry per part.
 */
public final class PdfBinder implements AutoCloseable {

    /** The text on a blank page. */
    public static final String BLANK_PAGE = "This page is intentionally left blank";

    private final PDDocument document;
    private final List<Mark> marks = new ArrayList<>();
    private final PDFMergerUtility merger = new PDFMergerUtility();
    private final PDFont font;

    private record Mark(String title, int pageIndex, List<Mark> children) {}

    /** Starts the bound document with {@code first}, bookmarked as {@code title}. */
    public PdfBinder(byte[] first, String title) {
        try {
            document = Loader.loadPDF(first);
            document.getDocumentCatalog().setDocumentOutline(null);
        } catch (IOException e) {
            throw new UncheckedIOException("The first document could not be read", e);
        }
        font = EmbeddedFonts.load(document, EmbeddedFonts.REGULAR);
        marks.add(new Mark(title, 0, new ArrayList<>()));
    }

    /** The pages bound so far. */
    public int pageCount() {
        return document.getNumberOfPages();
    }

    /**
     * A paper read for binding. It is parsed in full as it is read, so that papers can be read on
     * other threads while the binder, on its own, only copies them; it stays open until the pack is
     * finished, and its reader closes it.
     */
    public static final class Paper implements AutoCloseable {

        private final PDDocument document;

        private Paper(PDDocument document) {
            this.document = document;
        }

        /** Its pages. */
        public int pages() {
            return document.getNumberOfPages();
        }

        @Override
        public void close() {
            closeQuietly(document);
        }
    }

    /** Reads a paper to bind, on any thread. */
    public static Paper read(byte[] pdf) {
        PDDocument source;
        try {
            source = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("A paper could not be read", e);
        }
        try {
            source.getDocumentCatalog().setDocumentOutline(null);
            COSDocument objects = source.getDocument();
            for (COSObjectKey key : List.copyOf(objects.getXrefTable().keySet())) {
                objects.getObjectFromPool(key).getObject();
            }
            return new Paper(source);
        } catch (RuntimeException e) {
            closeQuietly(source);
            throw e;
        }
    }

    /**
     * Appends an item's first paper starting on an odd page, with a blank page before it when
     * needed, bookmarked, and labelled on its first page with {@code label} (an artifact).
     */
    public void appendItem(Paper paper, String bookmark, String label) {
        if (pageCount() % 2 == 1) {
            blankPage();
        }
        int first = append(paper);
        marks.add(new Mark(bookmark, first, new ArrayList<>()));
        if (label != null) {
            artifact(document.getPage(first), label, 11, "Pagination", Place.TOP_RIGHT);
        }
    }

    /** Appends a further paper of the same item straight after it, bookmarked under the item. */
    public void appendAttachment(Paper paper, String bookmark) {
        int first = append(paper);
        marks.get(marks.size() - 1).children().add(new Mark(bookmark, first, List.of()));
    }

    private int append(Paper paper) {
        int first = pageCount();
        try {
            merger.appendDocument(document, paper.document);
        } catch (IOException e) {
            throw new UncheckedIOException("A paper could not be added to the pack", e);
        }
        return first;
    }

    /** Adds a page that says it is intentionally left blank. */
    public void blankPage() {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        artifact(page, BLANK_PAGE, 12, "Layout", Place.MIDDLE);
    }

    /** Numbers every page at the foot, ends on an even page, rebuilds the outline, and returns the PDF. */
    public byte[] finish() {
        if (pageCount() % 2 == 1) {
            blankPage();
        }
        int number = 1;
        for (PDPage page : document.getPages()) {
            artifact(page, Integer.toString(number++), 10, "Pagination", Place.FOOT);
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        for (Mark mark : marks) {
            PDOutlineItem item = outlineItem(mark);
            for (Mark child : mark.children()) {
                item.addLast(outlineItem(child));
            }
            outline.addLast(item);
        }
        outline.openNode();
        document.getDocumentCatalog().setDocumentOutline(outline);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The pack could not be written", e);
        }
    }

    private PDOutlineItem outlineItem(Mark mark) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(mark.title());
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(document.getPage(mark.pageIndex()));
        item.setDestination(destination);
        return item;
    }

    private static final float MM = 72f / 25.4f;

    private enum Place {
        TOP_RIGHT,
        MIDDLE,
        FOOT
    }

    private void artifact(PDPage page, String text, float size, String type, Place place) {
        try (PDPageContentStream content =
                new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            PDRectangle box = page.getCropBox();
            float width = font.getStringWidth(text) / 1000 * size;
            float x =
                    switch (place) {
                        case TOP_RIGHT -> box.getUpperRightX() - 20 * MM - width;
                        case MIDDLE, FOOT -> box.getLowerLeftX() + (box.getWidth() - width) / 2;
                    };
            float y =
                    switch (place) {
                        case TOP_RIGHT -> box.getUpperRightY() - 12 * MM;
                        case MIDDLE -> box.getLowerLeftY() + box.getHeight() / 2;
                        case FOOT -> box.getLowerLeftY() + 10 * MM;
                    };
            COSDictionary properties = new COSDictionary();
            properties.setName(COSName.TYPE, type);
            content.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(0.043f, 0.047f, 0.047f);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException("A page could not be numbered", e);
        }
    }

    @Override
    public void close() {
        closeQuietly(document);
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException ignored) {
            // Closing an in-memory document frees memory only; nothing is lost.
        }
    }
}
