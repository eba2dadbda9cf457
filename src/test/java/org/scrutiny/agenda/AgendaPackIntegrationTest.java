package org.scrutiny.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.scrutiny.agenda.domain.AgendaPack;
import org.scrutiny.agenda.domain.PublicationService;
import org.scrutiny.support.Built;
import org.scrutiny.support.PdfChecker;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ScrutinyTest
class AgendaPackIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationService publications;

    private static String page(PDDocument document, int number) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    @Test
    void the_seed_pack_starts_each_paper_on_an_odd_page_at_the_page_the_front_sheet_gives() throws Exception {
        Built.await(publications, 4);
        byte[] pdf = mvc.perform(get("/meetings/4/agenda-pack.pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(PdfChecker.pdfUaFailures(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String front = page(document, 1);
            assertThat(front).contains("CAMBRIDGESHIRE POLICE AND CRIME PANEL").contains("6. Review of Complaints");
            Matcher ranges = Pattern.compile("(\\d+)\\. ([^0-9]+?) (\\d+)(?: - (\\d+))?(?= \\d+\\. |$)")
                    .matcher(front.substring(0, front.indexOf(" Public questions and statements")));
            int checked = 0;
            int previousLast = 0;
            while (ranges.find()) {
                int first = Integer.parseInt(ranges.group(3));
                int last = ranges.group(4) == null ? first : Integer.parseInt(ranges.group(4));
                if (previousLast > 0 && first > previousLast + 1) {
                    assertThat(page(document, previousLast + 1))
                            .as("page %d, between two papers", previousLast + 1)
                            .contains("This page is intentionally left blank");
                }
                previousLast = last;
                assertThat(first % 2)
                        .as("paper of item %s starts on an odd page", ranges.group(1))
                        .isEqualTo(1);
                String title = ranges.group(2).trim().toUpperCase();
                assertThat(page(document, first))
                        .as("page %d starts item %s", first, ranges.group(1))
                        .contains(title);
                checked++;
            }
            assertThat(checked).isEqualTo(3);
            for (int number = 2; number <= document.getNumberOfPages(); number++) {
                String text = page(document, number);
                assertThat(text).as("page %d carries its number", number).contains(Integer.toString(number));
            }
            assertThat(document.getNumberOfPages() % 2)
                    .as("the pack ends on an even page")
                    .isZero();
            assertThat(page(document, 3)).contains("Agenda item 6");
            PDOutlineItem first =
                    document.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertThat(first.getTitle()).isEqualTo("Agenda");
            assertThat(first.getNextSibling().getTitle()).isEqualTo("6. Review of Complaints");
        }
    }

    @Test
    void papers_are_placed_on_odd_pages_with_blank_pages_between() {
        var placements = AgendaPack.place(
                1,
                List.of(
                        new AgendaPack.Paper(0, 6, "Review of Complaints", 2),
                        new AgendaPack.Paper(0, 7, "Communications", 3),
                        new AgendaPack.Paper(0, 9, "Forward Plan", 1)));

        assertThat(placements).extracting(AgendaPack.Placement::pages).containsExactly("3 - 4", "5 - 7", "9");
        assertThat(placements).extracting(AgendaPack.Placement::blankBefore).containsExactly(true, false, true);
        assertThat(AgendaPack.totalPages(1, placements)).isEqualTo(10);
    }
}
