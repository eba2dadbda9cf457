package org.scrutiny.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.MeetingBuilder.aMeeting;
import static org.scrutiny.support.Users.SECRETARIAT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.scrutiny.agenda.domain.Agenda;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.domain.Meeting;
import org.scrutiny.meetings.domain.MeetingPlan;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ScrutinyTest
class AgendaIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendas;

    @Autowired
    Clock clock;

    private MockHttpServletResponse asSecretariat(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(SECRETARIAT).with(csrf())).andReturn().getResponse();
    }

    private Meeting meetingInSixWeeks() {
        return aMeeting().on(LocalDate.now(clock).plusWeeks(6)).plannedWith(meetings);
    }

    @Test
    void the_secretariat_drafts_an_agenda_from_the_work_programme_and_publishes_it() throws Exception {
        Meeting meeting = meetingInSixWeeks();
        meetings.planItem(meeting.getId(), "Precept Report 2027/28", null);
        String builder = "/manage/meetings/" + meeting.getId() + "/agenda";

        assertThat(asSecretariat(post(builder)).getRedirectedUrl()).isEqualTo(builder);
        Agenda agenda = agendas.agendaOf(meeting.getId()).orElseThrow();
        assertThat(agenda.numbered())
                .extracting(n -> n.item().getTitle())
                .startsWith("Apologies for Absence", "Declarations of Interest")
                .contains("Precept Report 2027/28");
        assertThat(agenda.getItems())
                .filteredOn(i -> i.getLinkedMeetingId() != null)
                .singleElement()
                .satisfies(minutes -> assertThat(minutes.getTitle()).startsWith("Minutes of the meeting held on"));
        assertThat(agenda.getItems())
                .filteredOn(i -> i.getTitle().equals("Public Questions and Statements"))
                .singleElement()
                .satisfies(questions -> assertThat(questions.getDetail()).contains("12 noon on"));

        asSecretariat(post(builder + "/items")
                .param("title", "Chief Constable: candidate's references")
                .param("exemptParagraph", "1"));
        String html = asSecretariat(get(builder)).getContentAsString();
        assertThat(HtmlChecker.errorsIn(html)).isEmpty();
        assertThat(Jsoup.parse(html).select("table").text()).contains("Exempt, paragraph 1");

        long version = agendas.agendaOf(meeting.getId()).orElseThrow().getVersion();
        assertThat(asSecretariat(post(builder + "/publish").param("version", Long.toString(version)))
                        .getRedirectedUrl())
                .isEqualTo(builder);

        String publicHtml = mvc.perform(get("/meetings/" + meeting.getId() + "/agenda"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document publicPage = Jsoup.parse(publicHtml);
        assertThat(HtmlChecker.errorsIn(publicHtml)).isEmpty();
        assertThat(publicPage.select("main h2").eachText()).contains("1. Apologies for Absence");
        assertThat(publicPage.text()).contains("Precept Report 2027/28").contains("Schedule 12A, Paragraph 1");
    }

    @Test
    void adding_an_item_after_publication_asks_for_the_reason_for_urgency() throws Exception {
        Meeting meeting = meetingInSixWeeks();
        agendas.start(meeting.getId());
        agendas.publish(
                meeting.getId(), agendas.agendaOf(meeting.getId()).orElseThrow().getVersion(), null);
        String builder = "/manage/meetings/" + meeting.getId() + "/agenda";

        MockHttpServletResponse refused = asSecretariat(
                post(builder + "/items").param("title", "Late report").param("exemptParagraph", ""));

        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(HtmlChecker.errorsIn(refused.getContentAsString())).isEmpty();
        assertThat(page.select("#urgencyReason-error").text()).contains("give the reason this item is urgent");
        assertThat(page.select("#title").val()).isEqualTo("Late report");

        asSecretariat(post(builder + "/items")
                .param("title", "Late report")
                .param("exemptParagraph", "")
                .param("urgencyReason", "The Home Office decision arrived after publication"));
        assertThat(agendas.agendaOf(meeting.getId()).orElseThrow().getItems()).anyMatch(i -> i.isSupplementary());
    }

    @Test
    void an_unpublished_agenda_tells_the_public_when_it_is_due() throws Exception {
        Meeting meeting = meetingInSixWeeks();
        agendas.start(meeting.getId());

        String html = mvc.perform(get("/meetings/" + meeting.getId() + "/agenda"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(Jsoup.parse(html).select("main").text())
                .contains("The agenda has not been published yet. It will be published by");
        assertThat(HtmlChecker.errorsIn(html)).isEmpty();
    }

    @Test
    void a_training_session_has_no_agenda() throws Exception {
        Meeting training = meetings.plan(
                new MeetingPlan(
                        MeetingKind.TRAINING_OR_BRIEFING,
                        "Induction",
                        LocalDate.now(clock).plusWeeks(3),
                        null,
                        null,
                        false),
                null);

        MockHttpServletResponse response = asSecretariat(post("/manage/meetings/" + training.getId() + "/agenda"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("has no public agenda");
    }
}
