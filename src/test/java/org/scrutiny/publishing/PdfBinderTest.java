package org.scrutiny.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.scrutiny.support.Papers;
import org.scrutiny.support.PdfChecker;

class PdfBinderTest {

    @Test
    void tagged_papers_bound_with_numbered_pages_stay_pdf_ua() throws Exception {
        byte[] pack;
        try (PdfBinder.Paper budget = PdfBinder.read(Papers.taggedPdf("Budget report", 3));
                PdfBinder.Paper complaints = PdfBinder.read(Papers.taggedPdf("Complaints report", 2));
                PdfBinder binder = new PdfBinder(Papers.taggedPdf("Front sheet", 1), "Agenda")) {
            assertThat(budget.pages()).isEqualTo(3);
            binder.appendItem(budget, "5. Budget", "Agenda item 5");
            binder.appendItem(complaints, "6. Complaints", "Agenda item 6");
            pack = binder.finish();
            assertThat(binder.pageCount()).isEqualTo(8);
        }

        assertThat(PdfChecker.pdfUaFailures(pack)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pack)) {
            assertThat(document.getNumberOfPages()).isEqualTo(8);
            assertThat(pageText(document, 2)).contains("This page is intentionally left blank");
            assertThat(pageText(document, 3))
                    .contains("Agenda item 5")
                    .contains("Budget report page 1")
                    .contains("3");
            assertThat(pageText(document, 7)).contains("Agenda item 6").contains("Complaints report page 1");
            assertThat(pageText(document, 6))
                    .contains("intentionally left blank")
                    .contains("6");
            assertThat(pageText(document, 8))
                    .contains("Complaints report page 2")
                    .contains("8");
            assertThat(document.getDocumentCatalog().getDocumentOutline().children())
                    .extracting(i -> i.getTitle())
                    .containsExactly("Agenda", "5. Budget", "6. Complaints");
        }
    }

    private static String pageText(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
