package org.scrutiny.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.MeetingBuilder.aMeeting;
import static org.scrutiny.support.Users.SECRETARIAT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ScrutinyTest
class NoticeRulesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingService meetings;

    @Autowired
    Clock clock;

    private String asSecretariat(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(SECRETARIAT).with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void the_dashboard_warns_of_a_meeting_whose_publication_date_has_passed() throws Exception {
        LocalDate soon = LocalDate.now(clock).plusDays(2);
        aMeeting()
                .titled("Extraordinary meeting")
                .on(soon)
                .at(LocalTime.of(10, 0))
                .plannedWith(meetings);

        Document dashboard = Jsoup.parse(asSecretariat(get("/manage")));

        assertThat(dashboard.select(".govuk-warning-text").text())
                .contains("publication date that is near or has passed");
        assertThat(dashboard.select("table").first().text())
                .contains("Extraordinary meeting")
                .contains("Publication date passed");
    }

    @Test
    void the_rules_cannot_give_less_notice_than_the_law_and_bad_input_is_named() throws Exception {
        String html = asSecretariat(post("/manage/notice-rules")
                .param("clearWorkingDays", "4")
                .param("questionRule", "WORKING_DAYS_AFTER_PUBLICATION")
                .param("questionDays", "three")
                .param("questionTime", "noonish")
                .param("version", "0"));

        Document page = Jsoup.parse(html);
        assertThat(HtmlChecker.errorsIn(html)).isEmpty();
        assertThat(page.select(".govuk-error-summary__list li").eachText())
                .contains(
                        "Enter the number of days as a whole number, like 3",
                        "The time questions close must be a real time, like 13:30 or 1:30pm");
        assertThat(page.select("#clearWorkingDays").val()).isEqualTo("4");

        String second = asSecretariat(post("/manage/notice-rules")
                .param("clearWorkingDays", "4")
                .param("questionRule", "WORKING_DAYS_AFTER_PUBLICATION")
                .param("questionDays", "3")
                .param("questionTime", "12:00")
                .param("version", "0"));
        assertThat(Jsoup.parse(second).select("#clearWorkingDays-error").text())
                .contains("at least 5 clear working days");
    }

    @Autowired
    AgendaService agendas;

    @Test
    void a_published_agenda_is_no_longer_flagged() throws Exception {
        long id = aMeeting()
                .titled("Special meeting on the plan")
                .on(LocalDate.now(clock).plusDays(3))
                .at(LocalTime.of(10, 0))
                .plannedWith(meetings)
                .getId();
        agendas.start(id);
        agendas.publish(id, agendas.agendaOf(id).orElseThrow().getVersion(), "Called at short notice by the Chair");

        Document dashboard = Jsoup.parse(asSecretariat(get("/manage")));

        assertThat(dashboard.select("table").first().select("tr").stream()
                        .filter(row -> row.text().contains("Special meeting on the plan"))
                        .findFirst()
                        .orElseThrow()
                        .text())
                .contains("Agenda published")
                .doesNotContain("Publication date passed");
    }
}
