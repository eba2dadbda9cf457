package org.scrutiny.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.MeetingBuilder.aMeeting;
import static org.scrutiny.support.Users.MEMBER;
import static org.scrutiny.support.Users.OPCC;
import static org.scrutiny.support.Users.SECRETARIAT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutiny.agenda.domain.AgendaItem;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.papers.domain.Report;
import org.scrutiny.papers.domain.ReportService;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.ScrutinyTest;
import org.scrutiny.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Each role's task list on sign-in: what waits for them, each linking straight to its form, with the
 * count in the navigation, and an email to whoever must act on a report. The clock is set to a year
 * no other test uses, so the work found is this test's.
 */
@ScrutinyTest
class TaskListIntegrationTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2087, 5, 12, 10, 0);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendas;

    @Autowired
    ReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Document tasksOf(RequestPostProcessor who) throws Exception {
        String html =
                mvc.perform(get("/account").with(who)).andReturn().getResponse().getContentAsString();
        assertThat(HtmlChecker.errorsIn(html)).isEmpty();
        return Jsoup.parse(html);
    }

    private List<String> outboxTo(String key) {
        return jdbc.queryForList("select recipients from mail_outbox where dedupe_key = ?", String.class, key);
    }

    @Test
    void a_requested_report_is_on_the_opccs_list_then_the_secretariats_then_the_opccs_again_with_an_email_each_time()
            throws Exception {
        clock.set(NOW);
        LocalDate date = NOW.toLocalDate().plusWeeks(5);
        long meetingId = aMeeting().on(date).plannedWith(meetings).getId();
        meetings.planItem(meetingId, "Road safety partnership", null);
        agendas.start(meetingId);
        AgendaItem item = agendas.agendaOf(meetingId).orElseThrow().getItems().stream()
                .filter(i -> i.getTitle().equals("Road safety partnership"))
                .findFirst()
                .orElseThrow();
        Report report = reports.request(
                meetingId, item.getId(), Report.Author.OPCC, NOW.toLocalDate().plusWeeks(3));
        String form = "/reports/" + report.getId();

        Document opcc = tasksOf(OPCC);
        assertThat(opcc.select("a[href=" + form + "]").text())
                .isEqualTo(
                        "Write the report “Road safety partnership” for the meeting on " + DisplayFormats.dayOf(date));
        assertThat(opcc.select(".govuk-service-navigation__link[href=/account]").text())
                .matches("Your tasks \\(\\d+\\)");
        assertThat(outboxTo("report:" + report.getId() + ":requested:0"))
                .singleElement()
                .asString()
                .contains("opcc@demo.scrutiny.test");

        mvc.perform(post(form)
                .with(OPCC)
                .with(csrf())
                .param("action", "submit")
                .param("reportOf", "The Police and Crime Commissioner")
                .param("contactOfficer", "The Chief Executive of the OPCC")
                .param("purpose", "To update the panel on the road safety partnership.")
                .param("recommendations", "The Panel is recommended to note the report.")
                .param("keyIssues", "Casualties fell in the year.")
                .param("version", Long.toString(reports.report(report.getId()).getVersion())));
        Report submitted = reports.report(report.getId());
        assertThat(submitted.getStatus()).isEqualTo(Report.Status.SUBMITTED);
        assertThat(tasksOf(OPCC).select("a[href=" + form + "]")).isEmpty();
        assertThat(tasksOf(SECRETARIAT)
                        .select("a[href=/manage/reports/" + report.getId() + "]")
                        .text())
                .startsWith("Review “Road safety partnership”");
        assertThat(outboxTo("report:" + report.getId() + ":submitted:" + submitted.getVersion()))
                .singleElement()
                .asString()
                .contains("secretariat@demo.scrutiny.test");

        Report returned = reports.returnWithComments(report.getId(), submitted.getVersion(), "Add last year's figures");
        assertThat(tasksOf(OPCC).select("a[href=" + form + "]").text())
                .startsWith("Revise the returned report “Road safety partnership”");
        assertThat(outboxTo("report:" + report.getId() + ":returned:" + returned.getVersion()))
                .singleElement()
                .asString()
                .contains("opcc@demo.scrutiny.test");

        Document secretariat = tasksOf(SECRETARIAT);
        assertThat(secretariat
                        .select("a[href=/manage/meetings/" + meetingId + "/agenda]")
                        .text())
                .isEqualTo("Publish the agenda of the meeting on " + DisplayFormats.weekdayOf(date));
    }

    @Test
    void a_meeting_held_without_published_minutes_is_on_the_secretariats_list_and_a_published_agenda_on_the_members()
            throws Exception {
        clock.set(NOW.plusDays(1));
        LocalDate held = NOW.toLocalDate().minusDays(6);
        long heldId = aMeeting().on(held).plannedWith(meetings).getId();
        LocalDate coming = NOW.toLocalDate().plusWeeks(2);
        long comingId = aMeeting().on(coming).plannedWith(meetings).getId();
        agendas.start(comingId);
        agendas.publish(comingId, agendas.agendaOf(comingId).orElseThrow().getVersion(), "Published late in a test");

        assertThat(tasksOf(SECRETARIAT)
                        .select("a[href=/manage/meetings/" + heldId + "/minutes]")
                        .text())
                .isEqualTo("Write the minutes of the meeting on " + DisplayFormats.weekdayOf(held));
        Document member = tasksOf(MEMBER);
        assertThat(member.select("a[href=/meetings/" + comingId + "/agenda]").text())
                .isEqualTo("Read the papers for the meeting on " + DisplayFormats.weekdayOf(coming));
        assertThat(tasksOf(OPCC).select("a[href=/meetings/" + comingId + "/agenda]"))
                .isEmpty();
    }
}
