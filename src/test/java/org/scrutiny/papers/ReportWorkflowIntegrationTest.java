package org.scrutiny.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.MeetingBuilder.aMeeting;
import static org.scrutiny.support.Users.OPCC;
import static org.scrutiny.support.Users.SECRETARIAT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.scrutiny.agenda.domain.AgendaItem;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.papers.domain.Report;
import org.scrutiny.papers.domain.ReportService;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.PdfChecker;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ScrutinyTest
class ReportWorkflowIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendas;

    @Autowired
    ReportService reports;

    @Autowired
    Clock clock;

    private MockHttpServletResponse as(RequestPostProcessor who, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
    }

    @Test
    void the_opcc_writes_a_report_the_secretariat_returns_and_then_accepts_it_and_the_public_reads_it()
            throws Exception {
        LocalDate date = LocalDate.now(clock).plusWeeks(6);
        long meetingId = aMeeting().on(date).plannedWith(meetings).getId();
        meetings.planItem(meetingId, "Approach to Communications and Engagement", null);
        agendas.start(meetingId);
        AgendaItem item = agendas.agendaOf(meetingId).orElseThrow().getItems().stream()
                .filter(i -> i.getTitle().equals("Approach to Communications and Engagement"))
                .findFirst()
                .orElseThrow();
        LocalDate due = date.minusWeeks(2);

        as(
                SECRETARIAT,
                post("/manage/meetings/" + meetingId + "/agenda/items/" + item.getId() + "/report")
                        .param("author", "OPCC")
                        .param("dueDate.day", Integer.toString(due.getDayOfMonth()))
                        .param("dueDate.month", Integer.toString(due.getMonthValue()))
                        .param("dueDate.year", Integer.toString(due.getYear())));
        Report report = reports.byAgendaItem(meetingId).get(item.getId());
        assertThat(report.getStatus()).isEqualTo(Report.Status.REQUESTED);
        String path = "/reports/" + report.getId();

        MockHttpServletResponse incomplete = as(
                OPCC,
                post(path)
                        .param("action", "submit")
                        .param("reportOf", "Darryl Preston, Police and Crime Commissioner")
                        .param("version", "0"));
        assertThat(incomplete.getStatus()).isEqualTo(200);
        assertThat(HtmlChecker.errorsIn(incomplete.getContentAsString())).isEmpty();
        assertThat(Jsoup.parse(incomplete.getContentAsString())
                        .select("#purpose-error")
                        .text())
                .contains("Write the purpose");

        long version = reports.report(report.getId()).getVersion();
        as(
                OPCC,
                post(path)
                        .param("action", "submit")
                        .param("reportOf", "Darryl Preston, Police and Crime Commissioner")
                        .param("contactOfficer", "Catherine Kimberley, Communications & Engagement Manager")
                        .param(
                                "purpose",
                                "To describe how the Commissioner communicates with and listens to residents.")
                        .param("recommendations", "The Panel is recommended to note the report.")
                        .param(
                                "keyIssues",
                                "The precept survey of January 2022 had 1,566 responses.\nA monthly newsletter lets residents choose topics.")
                        .param("version", Long.toString(version)));
        assertThat(reports.report(report.getId()).getStatus()).isEqualTo(Report.Status.SUBMITTED);

        String review =
                as(SECRETARIAT, get("/manage/reports/" + report.getId())).getContentAsString();
        assertThat(HtmlChecker.errorsIn(review)).isEmpty();
        version = reports.report(report.getId()).getVersion();
        as(
                SECRETARIAT,
                post("/manage/reports/" + report.getId() + "/return")
                        .param("comments", "Please add the outcome of the survey")
                        .param("version", Long.toString(version)));
        assertThat(reports.report(report.getId()).getStatus()).isEqualTo(Report.Status.RETURNED);
        assertThat(Jsoup.parse(as(OPCC, get(path)).getContentAsString())
                        .select(".govuk-inset-text")
                        .text())
                .contains("Please add the outcome of the survey");

        version = reports.report(report.getId()).getVersion();
        as(
                OPCC,
                post(path)
                        .param("action", "submit")
                        .param("reportOf", "Darryl Preston, Police and Crime Commissioner")
                        .param(
                                "purpose",
                                "To describe how the Commissioner communicates with and listens to residents.")
                        .param("recommendations", "The Panel is recommended to note the report.")
                        .param("keyIssues", "The precept survey of January 2022 had 1,566 responses.")
                        .param("version", Long.toString(version)));
        version = reports.report(report.getId()).getVersion();
        as(SECRETARIAT, post("/manage/reports/" + report.getId() + "/accept").param("version", Long.toString(version)));
        assertThat(reports.report(report.getId()).getStatus()).isEqualTo(Report.Status.ACCEPTED);

        String publicPath = "/meetings/" + meetingId + "/reports/" + report.getId();
        assertThat(mvc.perform(get(publicPath)).andReturn().getResponse().getStatus())
                .as("not public before the agenda is published")
                .isEqualTo(404);
        agendas.publish(meetingId, agendas.agendaOf(meetingId).orElseThrow().getVersion(), null);

        String page = mvc.perform(get(publicPath)).andReturn().getResponse().getContentAsString();
        Document html = Jsoup.parse(page);
        assertThat(HtmlChecker.errorsIn(page)).isEmpty();
        assertThat(html.select("h2").eachText()).contains("1. Purpose", "2. Recommendations", "3. Key Issues");
        assertThat(html.select("table").text())
                .contains("Report of Darryl Preston, Police and Crime Commissioner")
                .contains("Public report");
        assertThat(mvc.perform(get("/meetings/" + meetingId + "/agenda"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Read the report");

        byte[] pdf =
                mvc.perform(get(publicPath + ".pdf")).andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfChecker.pdfUaFailures(pdf)).isEmpty();
        assertThat(PdfChecker.text(pdf).replaceAll("\\s+", " "))
                .contains("APPROACH TO COMMUNICATIONS AND ENGAGEMENT")
                .contains("1. Purpose")
                .contains("1,566 responses");
    }

    @Test
    void the_opcc_cannot_write_the_secretariats_reports() throws Exception {
        long meetingId = aMeeting()
                .on(LocalDate.now(clock).plusWeeks(9))
                .plannedWith(meetings)
                .getId();
        agendas.start(meetingId);
        long itemId =
                agendas.agendaOf(meetingId).orElseThrow().getItems().get(0).getId();
        Report report = reports.request(
                meetingId,
                itemId,
                Report.Author.SECRETARIAT,
                LocalDate.now(clock).plusWeeks(7));

        assertThat(as(OPCC, get("/reports/" + report.getId())).getStatus()).isEqualTo(403);
        assertThat(as(SECRETARIAT, get("/reports/" + report.getId())).getStatus())
                .isEqualTo(200);
    }

    @Test
    void publishing_shows_first_what_is_not_ready_and_what_it_will_do() throws Exception {
        long meetingId = aMeeting()
                .on(LocalDate.now(clock).plusWeeks(11))
                .plannedWith(meetings)
                .getId();
        meetings.planItem(meetingId, "Estates Strategy", null);
        agendas.start(meetingId);
        AgendaItem estates = agendas.agendaOf(meetingId).orElseThrow().getItems().stream()
                .filter(i -> i.getTitle().equals("Estates Strategy"))
                .findFirst()
                .orElseThrow();
        reports.request(
                meetingId,
                estates.getId(),
                Report.Author.OPCC,
                LocalDate.now(clock).plusWeeks(9));
        String path = "/manage/meetings/" + meetingId + "/agenda";

        Document builder = Jsoup.parse(as(SECRETARIAT, get(path)).getContentAsString());
        assertThat(builder.select("form[action$=/agenda/publish]"))
                .as("no form on the builder publishes at one click")
                .isEmpty();
        assertThat(builder.select("a[href$=/agenda/publish]").text()).isEqualTo("Check and publish the agenda");

        MockHttpServletResponse check = as(SECRETARIAT, get(path + "/publish"));
        Document page = Jsoup.parse(check.getContentAsString());
        assertThat(page.select("main").text())
                .contains("Not everything is ready")
                .contains("Estates Strategy: the report is requested, not accepted for publication")
                .contains("Public questions and statements will close at")
                .contains("is sent one once the documents are ready");
        assertThat(HtmlChecker.errorsIn(check.getContentAsString())).isEmpty();
        assertThat(agendas.agendaOf(meetingId).orElseThrow().isPublished())
                .as("reading the check publishes nothing")
                .isFalse();

        as(
                SECRETARIAT,
                post(path + "/publish")
                        .param(
                                "version",
                                Long.toString(agendas.agendaOf(meetingId)
                                        .orElseThrow()
                                        .getVersion())));
        assertThat(agendas.agendaOf(meetingId).orElseThrow().isPublished()).isTrue();
        assertThat(as(SECRETARIAT, get(path + "/publish")).getRedirectedUrl())
                .as("a published agenda has nothing left to check")
                .isEqualTo(path);
    }
}
