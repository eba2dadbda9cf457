package org.scrutiny.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.scrutiny.papers.domain.AgendaPack;
import org.scrutiny.papers.domain.PublicationService;
import org.scrutiny.support.Built;
import org.scrutiny.support.PdfChecker;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ScrutinyTest
class AgendaPackIntegrationTest {

    /** The items of the seed's agenda of 23 March 2022 whose papers are reports. */
    private static final Set<String> REPORTS = Set.of("6", "7", "9");

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
            // An item, its title (which may hold a date, not another item) and its page range.
            Matcher ranges = Pattern.compile(
                            "\\b(\\d{1,2})\\. ((?:(?! \\d{1,2}\\. ).)+?) (\\d+)(?: - (\\d+))?(?= \\d{1,2}\\. |$)")
                    .matcher(front.substring(0, front.indexOf(" Public questions and statements")));
            int checked = 0;
            Map<String, Integer> starts = new LinkedHashMap<>();
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
                String item = ranges.group(1);
                assertThat(page(document, first))
                        .as("page %d starts item %s", first, item)
                        .contains("Agenda item " + item);
                if (REPORTS.contains(item)) {
                    assertThat(page(document, first))
                            .as("page %d starts the report of item %s", first, item)
                            .contains(ranges.group(2).trim().toUpperCase());
                }
                starts.put(item, first);
                checked++;
            }
            // The reports of items 6, 7 and 9, and what the records already hold: the minutes
            // to approve (item 3), the review of actions (item 4), the figures of complaint
            // reviews (item 8) and the work programme (item 10).
            assertThat(starts.keySet()).containsExactly("3", "4", "6", "7", "8", "9", "10");
            assertThat(checked).isEqualTo(7);
            assertThat(page(document, starts.get("8")))
                    .contains("COMPLAINT REVIEWS AND COMPLAINTS ABOUT THE CHIEF CONSTABLE")
                    .contains("Complaint review requests received: 46.");
            assertThat(page(document, starts.get("3")))
                    .contains("MINUTES OF A MEETING OF THE CAMBRIDGESHIRE POLICE AND CRIME PANEL ON 2 FEBRUARY 2022")
                    .as("the draft the meeting was asked to approve, as the seed's pack carries it")
                    .contains("DRAFT")
                    .doesNotContain("Approved as an accurate record")
                    .contains("Edward Leigh (Chair)");
            assertThat(page(document, starts.get("4")))
                    .contains("REVIEW OF ACTIONS")
                    .contains("still open on 15 March 2022")
                    .contains("domestic homicide reviews");
            String responses = page(document, starts.get("4") + 1);
            assertThat(responses)
                    .as("and after the review, the Commissioner's responses, as the seed's item 4 carries them")
                    .contains("RESPONSES TO THE PANEL'S RECOMMENDATIONS")
                    .contains("Responses received since the meeting of 2 February 2022")
                    .contains("A simplified forward plan from the OPCC as a standing item")
                    .contains("Accepted, 11 March 2022");
            assertThat(page(document, starts.get("10")))
                    .contains("MEETING DATES AND AGENDA PLAN")
                    .contains("Wednesday 20 July 2022")
                    .contains("Annual General Meeting");
            for (int number = 2; number <= document.getNumberOfPages(); number++) {
                String text = page(document, number);
                assertThat(text).as("page %d carries its number", number).contains(Integer.toString(number));
            }
            assertThat(document.getNumberOfPages() % 2)
                    .as("the pack ends on an even page")
                    .isZero();
            assertThat(page(document, 3)).contains("Agenda item 3");
            PDOutlineItem first =
                    document.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertThat(first.getTitle()).isEqualTo("Agenda");
            assertThat(first.getNextSibling().getTitle())
                    .isEqualTo("3. Minutes of the meeting held on 2 February 2022");
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
