package org.scrutiny.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.MeetingBuilder.aMeeting;
import static org.scrutiny.support.Users.MEMBER;
import static org.scrutiny.support.Users.OPCC;
import static org.scrutiny.support.Users.SECRETARIAT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.scrutiny.agenda.ExemptionParagraph;
import org.scrutiny.agenda.domain.AgendaItem;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.papers.domain.Publication;
import org.scrutiny.papers.domain.PublicationService;
import org.scrutiny.papers.domain.Report;
import org.scrutiny.papers.domain.ReportService;
import org.scrutiny.search.domain.SearchIndex;
import org.scrutiny.search.domain.SiteSearch;
import org.scrutiny.support.Built;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.Papers;
import org.scrutiny.support.PdfChecker;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ScrutinyTest
class UploadedPapersIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendas;

    @Autowired
    ReportService reports;

    @Autowired
    PublicationService publications;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchIndex searchIndex;

    @Autowired
    SiteSearch search;

    private MockHttpServletResponse as(RequestPostProcessor who, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
    }

    private MockHttpServletResponse upload(
            RequestPostProcessor who, long reportId, String kind, String title, Long of, String name, byte[] content)
            throws Exception {
        var request = multipart("/reports/" + reportId + "/upload")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("kind", kind);
        if (title != null) {
            request.param("title", title);
        }
        if (of != null) {
            request.param("of", of.toString());
        }
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
    }

    /** A meeting with the given items on a drafted agenda, a report requested from the OPCC for each. */
    private long meetingWithReports(int weeksAhead, String... titles) {
        long meetingId = aMeeting()
                .on(LocalDate.now(clock).plusWeeks(weeksAhead))
                .plannedWith(meetings)
                .getId();
        for (String title : titles) {
            meetings.planItem(meetingId, title, null);
        }
        agendas.start(meetingId);
        for (String title : titles) {
            reports.request(meetingId, item(meetingId, title).getId(), Report.Author.OPCC, LocalDate.now(clock));
        }
        return meetingId;
    }

    private AgendaItem item(long meetingId, String title) {
        return agendas.agendaOf(meetingId).orElseThrow().getItems().stream()
                .filter(i -> i.getTitle().equals(title))
                .findFirst()
                .orElseThrow();
    }

    private Report report(long meetingId, String title) {
        return reports.byAgendaItem(meetingId).get(item(meetingId, title).getId());
    }

    private void submitAndAccept(long meetingId, String title) throws Exception {
        Report report = report(meetingId, title);
        as(OPCC, post("/reports/" + report.getId() + "/submit").param("version", Long.toString(report.getVersion())));
        report = reports.report(report.getId());
        assertThat(report.getStatus()).isEqualTo(Report.Status.SUBMITTED);
        as(
                SECRETARIAT,
                post("/manage/reports/" + report.getId() + "/accept")
                        .param("version", Long.toString(report.getVersion())));
    }

    private MockHttpServletResponse republish(long meetingId, String changeNote) throws Exception {
        return as(
                SECRETARIAT,
                post("/manage/meetings/" + meetingId + "/agenda/republish")
                        .param(
                                "version",
                                Long.toString(agendas.agendaOf(meetingId)
                                        .orElseThrow()
                                        .getVersion()))
                        .param("changeNote", changeNote));
    }

    private void publish(long meetingId) {
        agendas.publish(meetingId, agendas.agendaOf(meetingId).orElseThrow().getVersion(), "Testing the pack");
        Built.await(publications, meetingId);
    }

    private byte[] get200(RequestPostProcessor who, String path) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsByteArray();
    }

    private static String page(byte[] pdf, int number) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(number);
            stripper.setEndPage(number);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void uploaded_pdfs_are_bound_into_a_pack_that_stays_pdf_ua_when_they_are_tagged() throws Exception {
        long meetingId = meetingWithReports(11, "Estates Strategy", "Budget Monitoring");
        Report estates = report(meetingId, "Estates Strategy");
        Report budget = report(meetingId, "Budget Monitoring");

        MockHttpServletResponse uploaded = upload(
                OPCC, estates.getId(), "REPORT", null, null, "estates.pdf", Papers.taggedPdf("Estates Strategy", 3));
        assertThat(uploaded.getRedirectedUrl()).isEqualTo("/reports/" + estates.getId());
        upload(OPCC, estates.getId(), "APPENDIX", "Site plans", null, "plans.pdf", Papers.taggedPdf("Site plans", 2));
        upload(OPCC, budget.getId(), "REPORT", null, null, "budget.pdf", Papers.taggedPdf("Budget Monitoring", 1));
        submitAndAccept(meetingId, "Estates Strategy");
        submitAndAccept(meetingId, "Budget Monitoring");
        assertThat(reports.report(estates.getId()).getFiles())
                .extracting(f -> f.getExtractedText().contains("Text of Site plans, page 2."))
                .contains(true);

        publish(meetingId);
        byte[] pack = get200(user("anyone").roles(), "/meetings/" + meetingId + "/agenda-pack.pdf");

        assertThat(PdfChecker.pdfUaFailures(pack)).isEmpty();
        String front = page(pack, 1);
        String estatesRange = front.replaceAll(".*Estates Strategy (\\d+ - \\d+).*", "$1");
        int first = Integer.parseInt(estatesRange.split(" - ")[0]);
        int last = Integer.parseInt(estatesRange.split(" - ")[1]);
        assertThat(last - first + 1)
                .as("the report's 3 pages and the appendix's 2")
                .isEqualTo(5);
        assertThat(page(pack, first)).contains("Agenda item").contains("Estates Strategy page 1");
        assertThat(page(pack, last)).contains("Site plans page 2").contains(Integer.toString(last));
        assertThat(front).doesNotContain("Papers that are not accessible");

        // The search finds a page of an uploaded paper and opens the file at that page.
        searchIndex.refresh();
        long plans = reports.report(estates.getId()).getFiles().stream()
                .filter(f -> f.getTitle().equals("Site plans"))
                .findFirst()
                .orElseThrow()
                .getId();
        SiteSearch.Results found = search.search(new SiteSearch.Query("\"Site plans, page 2\"", null, null, false, 1));
        assertThat(found.hits())
                .extracting(SiteSearch.Hit::href)
                .containsExactly(
                        "/meetings/" + meetingId + "/reports/" + estates.getId() + "/files/" + plans + "#page=2");
    }

    @Test
    void an_untagged_pdf_is_flagged_and_the_pack_points_to_its_accessible_version_once_republished() throws Exception {
        long meetingId = meetingWithReports(12, "Complaints Policy Update");
        Report report = report(meetingId, "Complaints Policy Update");
        upload(
                OPCC,
                report.getId(),
                "REPORT",
                null,
                null,
                "policy.docx",
                Papers.docx("Complaints Policy Update", "The policy was revised in January 2022."));
        MockHttpServletResponse scanned = upload(
                OPCC,
                report.getId(),
                "APPENDIX",
                "Complaints policy",
                null,
                "scan.pdf",
                Papers.untaggedPdf("Complaints policy", 2));
        assertThat(scanned.getRedirectedUrl()).isEqualTo("/reports/" + report.getId());
        submitAndAccept(meetingId, "Complaints Policy Update");

        String builder = as(SECRETARIAT, get("/manage/meetings/" + meetingId + "/agenda"))
                .getContentAsString();
        assertThat(Jsoup.parse(builder).text())
                .contains("Papers that are not accessible")
                .contains("Complaints policy (scan.pdf): add an accessible version");

        publish(meetingId);
        byte[] first = get200(user("anyone").roles(), "/meetings/" + meetingId + "/agenda-pack.pdf");
        assertThat(page(first, 1))
                .contains("Papers that are not accessible")
                .contains("Appendix 1: Complaints policy. For a version you can use, contact the panel's secretariat.");
        assertThat(PdfChecker.text(first)).contains("The policy was revised in January 2022.");

        long scanId = reports.report(report.getId()).appendices().get(0).getId();
        upload(
                OPCC,
                report.getId(),
                "ACCESSIBLE_VERSION",
                null,
                scanId,
                "policy-accessible.docx",
                Papers.docx("Complaints policy", "Complaints are recorded within five working days."));
        MockHttpServletResponse republished = republish(meetingId, "Accessible version of the complaints policy added");
        assertThat(republished.getRedirectedUrl()).isEqualTo("/manage/meetings/" + meetingId + "/agenda");
        Built.await(publications, meetingId);

        byte[] second = get200(user("anyone").roles(), "/meetings/" + meetingId + "/agenda-pack.pdf");
        long alternativeId = reports.report(report.getId())
                .accessibleVersionOf(reports.report(report.getId()).appendices().get(0))
                .orElseThrow()
                .getId();
        assertThat(page(second, 1))
                .contains("An accessible version is at http://localhost")
                .contains("/meetings/" + meetingId + "/reports/" + report.getId() + "/files/" + alternativeId);
        MockHttpServletResponse served = mvc.perform(
                        get("/meetings/" + meetingId + "/reports/" + report.getId() + "/files/" + alternativeId))
                .andReturn()
                .getResponse();
        assertThat(served.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(served.getHeaders("Content-Security-Policy"))
                .anyMatch(policy -> policy.contains("script-src 'none'"));
        assertThat(served.getHeader("Content-Disposition"))
                .as("a Word document is downloaded, not shown as part of the site")
                .startsWith("attachment; filename=\"policy-accessible.docx\"");
        assertThat(get200(user("anyone").roles(), "/meetings/" + meetingId + "/versions/1/agenda-pack.pdf"))
                .as("the first version is kept as it was")
                .isEqualTo(first);
        String publicPage = mvc.perform(get("/meetings/" + meetingId + "/agenda"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(publicPage).text())
                .contains("Version 2")
                .contains("What changed: Accessible version of the complaints policy added")
                .contains("Earlier versions");
        assertThat(HtmlChecker.errorsIn(publicPage)).isEmpty();

        String reportPage = mvc.perform(get("/meetings/" + meetingId + "/reports/" + report.getId()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(reportPage).select("main h2").eachText()).contains("Complaints Policy Update");
        assertThat(Jsoup.parse(reportPage).text()).contains("The policy was revised in January 2022.");
        assertThat(HtmlChecker.errorsIn(reportPage)).isEmpty();
        byte[] reportPdf =
                get200(user("anyone").roles(), "/meetings/" + meetingId + "/reports/" + report.getId() + ".pdf");
        assertThat(PdfChecker.pdfUaFailures(reportPdf)).isEmpty();
        assertThat(PdfChecker.text(reportPdf)).contains("The policy was revised in January 2022.");
        assertThat(alertsAbout(meetingId))
                .as("each built version is announced once")
                .anyMatch(subject -> subject.contains("published"))
                .anyMatch(subject -> subject.contains("updated"))
                .hasSize(2);

        // A version whose documents cannot be built (its stored paper damaged behind the
        // application's back) is never announced, and the last good version stays the one served.
        jdbc.update("update paper_file_content set content = ? where paper_file_id = ?", new byte[] {1, 2, 3}, scanId);
        republish(meetingId, "A version that will not build");
        Built.await(publications, meetingId);
        assertThat(publications.versions(meetingId).get(0).getStatus()).isEqualTo(Publication.Status.FAILED);
        assertThat(publications.versions(meetingId).get(0).getFailure()).contains("could not be read as a PDF");
        assertThat(alertsAbout(meetingId)).hasSize(2);
        assertThat(get200(user("anyone").roles(), "/meetings/" + meetingId + "/agenda-pack.pdf"))
                .isEqualTo(second);
    }

    private List<String> alertsAbout(long meetingId) {
        return jdbc.queryForList(
                "select subject from update_alert where kind = 'AGENDA' and meeting_id = ?", String.class, meetingId);
    }

    @Test
    void exempt_papers_are_only_in_the_members_confidential_pack() throws Exception {
        long meetingId = meetingWithReports(13, "Public Report", "Chief Constable: references");
        agendas.exempt(meetingId, item(meetingId, "Chief Constable: references").getId(), ExemptionParagraph.ONE);
        upload(
                OPCC,
                report(meetingId, "Public Report").getId(),
                "REPORT",
                null,
                null,
                "public.pdf",
                Papers.taggedPdf("Public Report", 1));
        upload(
                OPCC,
                report(meetingId, "Chief Constable: references").getId(),
                "REPORT",
                null,
                null,
                "refs.pdf",
                Papers.taggedPdf("Referee statement", 1));
        submitAndAccept(meetingId, "Public Report");
        submitAndAccept(meetingId, "Chief Constable: references");
        publish(meetingId);

        byte[] pack = get200(user("anyone").roles(), "/meetings/" + meetingId + "/agenda-pack.pdf");
        assertThat(PdfChecker.text(pack)).contains("Public Report page 1").doesNotContain("Referee statement");
        searchIndex.refresh();
        SiteSearch.Results exempt = search.search(new SiteSearch.Query("\"Referee statement\"", null, null, false, 1));
        assertThat(exempt.total()).as("an exempt paper is never found").isZero();
        assertThat(exempt.kinds()).as("not even in the counts by kind").isEmpty();
        assertThat(search.search(new SiteSearch.Query("\"Public Report page 1\"", null, null, false, 1))
                        .total())
                .isPositive();

        assertThat(mvc.perform(get("/members/meetings/" + meetingId + "/confidential-pack.pdf"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the public is sent to sign in")
                .isEqualTo(302);
        byte[] confidential = get200(MEMBER, "/members/meetings/" + meetingId + "/confidential-pack.pdf");
        assertThat(PdfChecker.pdfUaFailures(confidential)).isEmpty();
        assertThat(PdfChecker.text(confidential).replaceAll("\\s+", " "))
                .contains("CONFIDENTIAL")
                .contains("Referee statement page 1")
                .contains("not for publication");
        assertThat(mvc.perform(get("/meetings/" + meetingId + "/reports/"
                                + report(meetingId, "Chief Constable: references")
                                        .getId()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void a_report_written_for_an_exempt_item_says_so_with_its_paragraph_where_members_and_officers_read_it()
            throws Exception {
        long meetingId = meetingWithReports(14, "Complaints review", "Chief Executive: terms of appointment");
        agendas.exempt(
                meetingId,
                item(meetingId, "Chief Executive: terms of appointment").getId(),
                ExemptionParagraph.THREE);
        for (String title : List.of("Complaints review", "Chief Executive: terms of appointment")) {
            Report report = report(meetingId, title);
            reports.draft(
                    report.getId(),
                    report.getVersion(),
                    new Report.Draft(
                            "Chief Executive, OPCC",
                            null,
                            null,
                            new Report.Sections(
                                    "To inform the panel: " + title + ".",
                                    "To note the report.",
                                    null,
                                    "The details of " + title + ".",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null)),
                    true);
        }
        String review = new String(
                get200(
                        SECRETARIAT,
                        "/manage/reports/"
                                + report(meetingId, "Chief Executive: terms of appointment")
                                        .getId()),
                StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(review).select("main").text())
                .contains(
                        "Exempt: not for publication under paragraph 3 of Schedule 12A to the Local Government Act 1972")
                .doesNotContain("Public report");
        reports.accept(
                report(meetingId, "Complaints review").getId(),
                report(meetingId, "Complaints review").getVersion());
        reports.accept(
                report(meetingId, "Chief Executive: terms of appointment").getId(),
                report(meetingId, "Chief Executive: terms of appointment").getVersion());
        publish(meetingId);

        String confidential = PdfChecker.text(
                        get200(MEMBER, "/members/meetings/" + meetingId + "/confidential-pack.pdf"))
                .replaceAll("\\s+", " ");
        assertThat(confidential)
                .contains("The details of Chief Executive: terms of appointment")
                .contains("Exempt: not for publication under paragraph 3 of Schedule 12A")
                .contains("Public report");
        String pack = PdfChecker.text(get200(user("anyone").roles(), "/meetings/" + meetingId + "/agenda-pack.pdf"))
                .replaceAll("\\s+", " ");
        assertThat(pack).contains("Public report").doesNotContain("Exempt: not for publication");
    }

    @Test
    void damaged_locked_oversized_and_other_files_are_refused_on_the_form_with_a_reason() throws Exception {
        long meetingId = meetingWithReports(14, "Performance Report");
        long reportId = report(meetingId, "Performance Report").getId();
        byte[] pdf = Papers.taggedPdf("Performance", 1);

        MockHttpServletResponse damaged =
                upload(OPCC, reportId, "REPORT", null, null, "performance.pdf", Arrays.copyOf(pdf, 60));
        assertThat(damaged.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(damaged.getContentAsString())
                        .select(".govuk-error-message")
                        .text())
                .contains("‘performance.pdf’ is damaged");
        assertThat(HtmlChecker.errorsIn(damaged.getContentAsString())).isEmpty();

        MockHttpServletResponse text =
                upload(OPCC, reportId, "APPENDIX", "Figures", null, "figures.pdf", "a,b\n1,2\n".getBytes());
        Document textPage = Jsoup.parse(text.getContentAsString());
        assertThat(textPage.select(".govuk-error-summary").text()).contains("must be a PDF or a Word document");
        assertThat(textPage.select("input[name=title]").val())
                .as("the title typed is kept")
                .isEqualTo("Figures");

        MockHttpServletResponse large =
                upload(OPCC, reportId, "REPORT", null, null, "huge.pdf", new byte[20 * 1024 * 1024 + 1]);
        assertThat(Jsoup.parse(large.getContentAsString())
                        .select(".govuk-error-message")
                        .text())
                .contains("must be smaller than 20 MB");

        MockHttpServletResponse nothing = upload(OPCC, reportId, "APPENDIX", "", null, "", new byte[0]);
        assertThat(Jsoup.parse(nothing.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("Select a file to upload");
        assertThat(reports.report(reportId).getFiles()).isEmpty();
    }
}
