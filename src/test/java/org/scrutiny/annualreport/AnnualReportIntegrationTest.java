package org.scrutiny.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.scrutiny.annualreport.domain.AnnualReport;
import org.scrutiny.annualreport.domain.AnnualReportService;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.papers.ItemPapers;
import org.scrutiny.recommendations.RecommendationFigures;
import org.scrutiny.support.PdfChecker;
import org.scrutiny.support.ScrutinyTest;
import org.scrutiny.support.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The panel's annual report counted from the demo records, against figures counted by hand from
 * the demo data (which follows the seed's minutes and the Commissioner's responses of 2022). The
 * class has an application of its own, so that what other tests add to the shared demo panel
 * (meetings planned, recommendations sent) cannot change the figures counted by hand.
 */
@ScrutinyTest
@TestPropertySource(properties = "scrutiny.test.own-context=annual-report")
class AnnualReportIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AnnualReportService reports;

    @Autowired
    MeetingSchedule meetings;

    @Autowired
    List<ItemPapers> papers;

    /**
     * 2021/22 by hand: on 2 February 2022 the panel sent a report on the precept (answered on 8
     * February, 5 days, noted) and a recommendation on the forward plan (answered on 11 March, 36
     * days, accepted, after the month it was due in): 2 sent, both answered, median (5 + 36) / 2 =
     * 20.5, rounded to 21 days, one late. 2022/23: one recommendation sent on 16 March 2023 and not
     * answered, overdue since April 2023.
     */
    @Test
    void the_recommendation_figures_are_counted_from_the_tracker() {
        RecommendationFigures.Figures year2021 =
                reports.report(reports.year(2021)).recommendations();
        assertThat(year2021).isEqualTo(new RecommendationFigures.Figures(2, 2, 1, 0, 0, 1, 0, 0, 1, 21));
        RecommendationFigures.Figures year2022 =
                reports.report(reports.year(2022)).recommendations();
        assertThat(year2022.sent()).isEqualTo(1);
        assertThat(year2022.overdue()).isEqualTo(1);
        assertThat(year2022.medianDaysToRespond()).isNull();
    }

    /**
     * 2021/22 in the demo's meetings: the ordinary meetings of 15 November 2021 and 2 February 2022
     * recorded as held, that of 23 March 2022 not (yet) recorded as held, and the reserve date for a
     * precept veto, not needed, cancelled. The minutes of 23 March 2022 are the year's published
     * minutes with attendance, in which Councillor Hogg sent apologies.
     */
    @Test
    void the_meetings_and_attendance_of_a_year_are_counted_from_the_schedule_and_the_minutes() {
        AnnualReport report = reports.report(reports.year(2021));
        assertThat(report.meetings())
                .containsExactly(
                        new AnnualReport.MeetingCount("Meeting", 2, 0, 1),
                        new AnnualReport.MeetingCount("Reserve meeting – if needed (veto)", 0, 1, 0));
        assertThat(report.minutedMeetings()).isEqualTo(1);
        assertThat(report.attendance())
                .filteredOn(line -> line.name().equals("Councillor C Hogg"))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.apologies()).isEqualTo(1);
                    assertThat(line.percent()).isZero();
                });
        assertThat(report.workProgramme())
                .extracting(AnnualReport.PlannedSubject::title)
                .contains("Precept Report 2022/23")
                .noneMatch(title -> title.startsWith("Apologies"));
    }

    @Test
    void the_page_and_the_pdf_carry_the_figures_with_charts_beside_their_tables() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/annual-report/2021"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Annual report 2021/22");
        assertThat(page.select("table caption").eachText())
                .contains("2 recommendations and reports sent to the Commissioner");
        assertThat(page.select(".scrutiny-bars[aria-hidden=true] svg")).hasSize(2);

        MockHttpServletResponse pdf =
                mvc.perform(get("/annual-report/2021.pdf")).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        byte[] bytes = pdf.getContentAsByteArray();
        assertThat(PdfChecker.pdfUaFailures(bytes)).isEmpty();
        String text = PdfChecker.text(bytes).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("ANNUAL REPORT 2021/22")
                .contains("Table 3: the 2 recommendations and reports sent to the Commissioner")
                .contains("Median days to a response 21")
                .contains("Figure 1: members’ attendance of table 2 as bars")
                .contains("table 3 gives the same numbers");
    }

    @Test
    void complaints_appear_as_counts_only() throws Exception {
        String page = mvc.perform(get("/annual-report/2022"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String pdf = PdfChecker.text(mvc.perform(get("/annual-report/2022.pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        for (String personal : List.of("@demo.scrutiny.test", "Demonstration Street", "01632 960000")) {
            assertThat(page).doesNotContain(personal);
            assertThat(pdf).doesNotContain(personal);
        }
        assertThat(page).contains("Counts only, from the panel’s register:");
    }

    @Test
    void the_agm_of_july_2023_carries_the_report_on_2022_23_under_its_item() {
        MeetingSummary agm = meetings.meetingsBetween(
                        java.time.LocalDate.of(2023, 7, 19), java.time.LocalDate.of(2023, 7, 19))
                .get(0);
        assertThat(meetings.plannedItems(agm.id()))
                .extracting(org.scrutiny.meetings.PlannedItem::purpose)
                .contains(ItemPurpose.PANEL_ANNUAL_REPORT, ItemPurpose.ADMINISTRATION_COSTS);
        Optional<ItemPapers.Paper> paper = papers.stream()
                .flatMap(source -> source.paperFor(agm.id(), ItemPurpose.PANEL_ANNUAL_REPORT).stream())
                .findFirst();
        assertThat(paper).hasValueSatisfying(p -> {
            assertThat(p.title()).isEqualTo("The panel's annual report 2022/23");
            assertThat(p.href()).isEqualTo("/annual-report/2022");
        });
        assertThat(
                        papers.stream()
                                .flatMap(source -> source
                                        .documentFor(agm.id(), ItemPurpose.PANEL_ANNUAL_REPORT, java.time.Instant.now())
                                        .stream())
                                .findFirst()
                                .map(document -> PdfChecker.text(document.pdf().get())))
                .hasValueSatisfying(text -> assertThat(text).contains("ANNUAL REPORT 2022/23"));
    }

    @Test
    void the_secretariat_types_the_foreword_and_a_stale_or_too_long_one_is_refused_keeping_what_was_typed()
            throws Exception {
        for (String foreword : List.of("A first draft", "A year of steady scrutiny.\nThanks to every member.")) {
            mvc.perform(post("/manage/annual-report/2021")
                            .with(Users.SECRETARIAT)
                            .with(csrf())
                            .param("foreword", foreword)
                            .param("narrative", "")
                            .param("version", String.valueOf(reports.text(2021).getVersion())))
                    .andReturn();
        }
        assertThat(reports.text(2021).forewordParagraphs())
                .containsExactly("A year of steady scrutiny.", "Thanks to every member.");
        long version = reports.text(2021).getVersion() - 1;

        String stale = mvc.perform(post("/manage/annual-report/2021")
                        .with(Users.SECRETARIAT)
                        .with(csrf())
                        .param("foreword", "Typed over an old copy")
                        .param("narrative", "")
                        .param("version", String.valueOf(version)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stale).contains("Typed over an old copy").contains("govuk-error-summary");

        String tooLong = mvc.perform(post("/manage/annual-report/2021")
                        .with(Users.SECRETARIAT)
                        .with(csrf())
                        .param("foreword", "x".repeat(10_001))
                        .param("narrative", "Kept")
                        .param("version", String.valueOf(reports.text(2021).getVersion())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tooLong)
                .contains("The foreword must be 10,000 characters or fewer; it has 10,001")
                .contains(">Kept</textarea>");
        assertThat(mvc.perform(get("/manage/annual-report/1999").with(Users.SECRETARIAT))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    /** The statistics pages' downloads parse as CSV and say what the pages say. */
    @Test
    void the_statistics_download_as_csv() throws Exception {
        String attendance = mvc.perform(get("/attendance.csv?year=2021"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(attendance.lines().findFirst())
                .hasValue("name,expected,attended,apologies,as_substitute,attended_percent");
        assertThat(attendance).contains("Councillor C Hogg,1,0,1,0,0");
        assertThat(attendance.lines())
                .allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(6));

        String recommendations = mvc.perform(get("/statistics/recommendations.csv"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(recommendations).contains("2021/22,2,2,1,0,0,1,0,0,1,21");

        String questions = mvc.perform(get("/statistics/questions.csv?year=2021"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(questions.lines().findFirst())
                .hasValue("meeting_date,questions,statements,accepted,rejected,answered");
        assertThat(questions).contains("2022-03-23,");
        assertThat(mvc.perform(get("/statistics/questions?year=abc"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isLessThan(500);
        assertThat(mvc.perform(get("/statistics/questions?year=1999"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
