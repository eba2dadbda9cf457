package org.scrutiny.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.MeetingBuilder.aMeeting;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.scrutiny.agenda.ExemptionParagraph;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.papers.domain.PublicationService;
import org.scrutiny.support.Built;
import org.scrutiny.support.PdfChecker;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@ScrutinyTest
class AgendaPdfIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendas;

    @Autowired
    Clock clock;

    @Autowired
    PublicationService publications;

    @Test
    void a_published_agenda_is_a_tagged_pdf_ua_document_that_keeps_its_text() throws Exception {
        long id = aMeeting()
                .on(LocalDate.now(clock).plusWeeks(5))
                .plannedWith(meetings)
                .getId();
        meetings.planItem(id, "Police and Crime Commissioner's Approach to Communications and Engagement", null);
        agendas.start(id);
        agendas.addItem(id, "Chief Constable: candidate's references", ExemptionParagraph.ONE, null);
        agendas.publish(id, agendas.agendaOf(id).orElseThrow().getVersion(), null);
        Built.await(publications, id);

        MockHttpServletResponse response =
                mvc.perform(get("/meetings/" + id + "/agenda.pdf")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        byte[] pdf = response.getContentAsByteArray();
        assertThat(PdfChecker.pdfUaFailures(pdf)).isEmpty();
        // Lines wrap where the bold face needs them to: the words are compared, not the lines.
        assertThat(PdfChecker.text(pdf).replaceAll("\\s+", " "))
                .contains("CAMBRIDGESHIRE POLICE AND CRIME PANEL")
                .contains("1. Apologies for Absence")
                .contains("Approach to Communications and Engagement")
                .contains("Questions and statements must reach the secretariat before 12 noon")
                .contains("Schedule 12A, Paragraph 1")
                .contains("Councillor S Tierney");
    }

    @Test
    void an_unpublished_agenda_has_no_pdf() throws Exception {
        long id = aMeeting()
                .on(LocalDate.now(clock).plusWeeks(7))
                .plannedWith(meetings)
                .getId();
        agendas.start(id);

        assertThat(mvc.perform(get("/meetings/" + id + "/agenda.pdf"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void the_seed_meeting_of23_march2022_has_its_published_agenda_and_reports() throws Exception {
        Built.await(publications, 4);
        String agenda =
                mvc.perform(get("/meetings/4/agenda")).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(agenda);

        assertThat(page.select("main h2").eachText())
                .containsExactly(
                        "1. Apologies for Absence",
                        "2. Declarations of Interest",
                        "3. Minutes of the meeting held on 2 February 2022",
                        "4. Police and Crime Commissioner's Response to the Panel's Recommendations",
                        "5. Public Questions and Statements",
                        "6. Review of Complaints",
                        "7. Police and Crime Commissioner's Approach to Communications and Engagement",
                        "8. OPCC - Complaints Policy Update",
                        "9. Delivery of Police and Crime Plan - Forward Plan",
                        "10. Meeting Dates and Agenda Plan");
        assertThat(page.text())
                .contains("before 12 noon on Friday 18 March 2022")
                .contains("Published 15 March 2022");
        assertThat(page.select("a:contains(Read the report)")).hasSize(3);

        byte[] pdf = mvc.perform(get("/meetings/4/reports/1.pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfChecker.pdfUaFailures(pdf)).isEmpty();
        assertThat(PdfChecker.text(pdf).replaceAll("\\s+", " "))
                .contains("REVIEW OF COMPLAINTS")
                .contains("No complaints about the Commissioner were received");
        byte[] agendaPdf = mvc.perform(get("/meetings/4/agenda.pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfChecker.pdfUaFailures(agendaPdf)).isEmpty();
        assertThat(PdfChecker.text(agendaPdf).replaceAll("\\s+", " "))
                .contains("WEDNESDAY 23 MARCH 2022")
                .contains("Engine Shed, Sand Martin House")
                .contains("Edward Leigh");
    }
}
