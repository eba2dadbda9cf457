package org.scrutiny.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.MeetingBuilder.aMeeting;
import static org.scrutiny.support.Users.OPCC;
import static org.scrutiny.support.Users.SECRETARIAT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.recommendations.domain.Recommendation;
import org.scrutiny.recommendations.domain.RecommendationService;
import org.scrutiny.recommendations.domain.ResponseReminders;
import org.scrutiny.shared.mail.MailWorker;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.Inbox;
import org.scrutiny.support.Papers;
import org.scrutiny.support.ScrutinyTest;
import org.scrutiny.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@ScrutinyTest
class RecommendationsIntegrationTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    TestClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingService meetings;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    ResponseReminders reminders;

    @Autowired
    MailWorker mailWorker;

    private long meetingOn(LocalDate date) {
        return aMeeting().on(date).plannedWith(meetings).getId();
    }

    @Test
    void a_response_due_on_a_bank_holiday_is_due_the_next_working_day_and_reminders_go_once_by_email()
            throws Exception {
        long meetingId = meetingOn(LocalDate.of(2022, 4, 27));
        Recommendation recommendation = recommendations.send(Recommendation.Sending.recommendation(
                meetingId,
                "Victims' services",
                "That the Commissioner report on waiting times for victims' services.",
                LocalDate.of(2022, 5, 2)));
        assertThat(recommendation.getResponseDue())
                .as("a month after 2 May 2022 is the Jubilee bank holiday; the next working day is Monday 6 June")
                .isEqualTo(LocalDate.of(2022, 6, 6));

        assertThat(reminders.send(LocalDate.of(2022, 5, 25))).isZero();
        assertThat(reminders.send(LocalDate.of(2022, 5, 26)))
                .as("five working days before")
                .isEqualTo(1);
        assertThat(reminders.send(LocalDate.of(2022, 5, 27)))
                .as("not a second time")
                .isZero();
        assertThat(reminders.send(LocalDate.of(2022, 6, 6)))
                .as("due today: already reminded")
                .isZero();
        assertThat(reminders.send(LocalDate.of(2022, 6, 7)))
                .as("the first day overdue")
                .isEqualTo(1);
        assertThat(reminders.send(LocalDate.of(2022, 6, 8))).isZero();

        // Other tests' email (acknowledgements, alerts, report requests) may be waiting in the same
        // outbox, ahead of the reminders: the worker is run until each reminder has arrived.
        Inbox.messagesAbout(mail, mailWorker::sendDue, "Response due by", 1);
        Inbox.messagesAbout(mail, mailWorker::sendDue, "Response overdue since", 1);
        MimeMessage[] received =
                Inbox.messagesAbout(mail, mailWorker::sendDue, "Response ", 2).toArray(MimeMessage[]::new);
        assertThat(Arrays.stream(received)
                        .map(m -> {
                            try {
                                return m.getSubject();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .distinct())
                .containsExactly(
                        "Response due by Monday 6 June 2022: Victims' services",
                        "Response overdue since Monday 6 June 2022: Victims' services");
        assertThat(received[0].getAllRecipients())
                .extracting(Object::toString)
                .contains("opcc@demo.scrutiny.test", "secretariat@demo.scrutiny.test");
        assertThat(GreenMailUtil.getBody(received[0]))
                .contains("That the Commissioner report on waiting times for victims' services.");
        assertThat(recommendations.remindersOf(recommendation.getId()))
                .extracting(RecommendationService.Reminder::kind)
                .containsExactly("DUE_SOON", "OVERDUE");
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private MockHttpServletResponse respond(Recommendation recommendation, String text, String day, String year)
            throws Exception {
        return mvc.perform(multipart("/reports/recommendations/" + recommendation.getId())
                        .param(
                                "version",
                                Long.toString(recommendations
                                        .recommendation(recommendation.getId())
                                        .getVersion()))
                        .param("responseText", text)
                        .param("received.day", day)
                        .param("received.month", "2")
                        .param("received.year", year)
                        .param("outcome", "PARTLY_ACCEPTED")
                        .with(OPCC)
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    @Test
    void the_opcc_records_the_response_with_its_letter_and_the_public_sees_it_with_its_history() throws Exception {
        clock.set(LocalDateTime.of(2034, 2, 27, 10, 0));
        long meetingId = meetingOn(LocalDate.of(2034, 2, 1));
        Recommendation recommendation = recommendations.send(Recommendation.Sending.recommendation(
                meetingId, "Forward plan", "That a forward plan becomes a standing item.", LocalDate.of(2034, 2, 2)));

        MockHttpServletResponse incomplete = mvc.perform(multipart("/reports/recommendations/" + recommendation.getId())
                        .param("version", Long.toString(recommendation.getVersion()))
                        .with(OPCC)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(Jsoup.parse(incomplete.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("Enter the date the response was received")
                .contains("Choose what the Commissioner made of it");
        assertThat(HtmlChecker.errorsIn(incomplete.getContentAsString())).isEmpty();

        MockHttpServletResponse answered = mvc.perform(multipart("/reports/recommendations/" + recommendation.getId())
                        .file(new MockMultipartFile(
                                "letter",
                                "response.docx",
                                "application/octet-stream",
                                Papers.docx("Response to the Panel", "A forward plan will come to every meeting.")))
                        .param("version", Long.toString(recommendation.getVersion()))
                        .param("responseText", "Accepted: a forward plan will come to every meeting.")
                        .param("received.day", "20")
                        .param("received.month", "2")
                        .param("received.year", "2034")
                        .param("outcome", "ACCEPTED")
                        .with(OPCC)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(answered.getRedirectedUrl()).isEqualTo("/recommendations/" + recommendation.getId());

        String page = mvc.perform(get("/recommendations/" + recommendation.getId()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).text())
                .contains("Responded")
                .contains("Outcome: Accepted.")
                .contains("2 February 2034: sent to the Commissioner; response due by Thursday 2 March 2034.")
                .contains("20 February 2034: response received.")
                .contains("Accepted: a forward plan will come to every meeting.");
        assertThat(HtmlChecker.errorsIn(page)).isEmpty();
        assertThat(mvc.perform(get("/recommendations/" + recommendation.getId() + "/letter"))
                        .andReturn()
                        .getResponse()
                        .getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        String overdue = mvc.perform(get("/recommendations?status=OVERDUE"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(overdue).text())
                .contains("A plan of action from the Chief Constable on the quality of communication")
                .doesNotContain("A simplified forward plan from the OPCC as a standing item");
        String year2021 = mvc.perform(get("/recommendations?year=2021"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(year2021).select("tbody tr")).hasSize(2);
        assertThat(HtmlChecker.errorsIn(year2021)).isEmpty();

        MockHttpServletResponse fromTheFuture = respond(recommendation, "Received in 2099?", "1", "2099");
        assertThat(Jsoup.parse(fromTheFuture.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("The date the response was received must be today or in the past");
        MockHttpServletResponse megabyte = respond(recommendation, "a".repeat(1024 * 1024), "21", "2034");
        assertThat(Jsoup.parse(megabyte.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("Response text must be 100,000 characters or fewer");

        MockHttpServletResponse corrected = respond(
                recommendation, "Accepted in part: a forward plan will come to every other meeting.", "21", "2034");
        assertThat(corrected.getRedirectedUrl()).isEqualTo("/recommendations/" + recommendation.getId());
        String correctedPage = mvc.perform(get("/recommendations/" + recommendation.getId()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(correctedPage).text())
                .contains("Outcome: Partly accepted.")
                .contains("20 February 2034: response received; corrected on 27 February 2034.")
                .contains("21 February 2034: corrected response received.")
                .contains("Accepted in part: a forward plan will come to every other meeting.")
                .as("the response as first published stays visible")
                .contains("Version 1, received 20 February 2034, replaced 27 February 2034")
                .contains("Accepted: a forward plan will come to every meeting.");
        assertThat(HtmlChecker.errorsIn(correctedPage)).isEmpty();
        assertThat(mvc.perform(get("/recommendations/" + recommendation.getId() + "/letter/1"))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .as("the first response's letter is kept, and the correction keeps it too")
                .isEqualTo(mvc.perform(get("/recommendations/" + recommendation.getId() + "/letter"))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .isNotEmpty();
        assertThat(mvc.perform(get("/recommendations/" + recommendation.getId() + "/letter/2"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void the_tracker_shows_fifty_at_a_time_keeping_its_filters_from_page_to_page() throws Exception {
        long meetingId = meetingOn(LocalDate.of(2006, 6, 7));
        for (int i = 1; i <= 51; i++) {
            recommendations.send(Recommendation.Sending.recommendation(
                    meetingId,
                    "Recommendation " + i + " of the tracker's pages",
                    "That the Commissioner reports back.",
                    LocalDate.of(2006, 6, 7).plusDays(i)));
        }

        String first = mvc.perform(get("/recommendations?year=2006"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page1 = Jsoup.parse(first);
        assertThat(page1.select("tbody tr")).hasSize(50);
        assertThat(page1.select("caption").text()).isEqualTo("51 recommendations, page 1 of 2");
        assertThat(page1.select("tbody tr").first().text()).contains("Recommendation 51 of");
        assertThat(page1.select("a[rel=next]").attr("href")).isEqualTo("/recommendations?year=2006&page=2");
        assertThat(HtmlChecker.errorsIn(first)).isEmpty();

        Document page2 = Jsoup.parse(mvc.perform(get("/recommendations?year=2006&page=2"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page2.select("tbody tr")).hasSize(1);
        assertThat(page2.select("tbody tr").text()).contains("Recommendation 1 of");
        assertThat(page2.select("a[rel=prev]").attr("href")).isEqualTo("/recommendations?year=2006&page=1");
        assertThat(page2.select("a[rel=next]")).isEmpty();

        assertThat(mvc.perform(get("/recommendations?year=2006&page=3"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/recommendations?page=0"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/recommendations?page=-3"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/recommendations?year=1850"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void a_recommendation_can_be_recorded_from_the_minutes_of_a_meeting_held_years_ago() throws Exception {
        long meetingId = meetingOn(LocalDate.of(2034, 5, 3));
        clock.set(LocalDateTime.of(2038, 6, 1, 10, 0));
        String page = mvc.perform(
                        get("/manage/recommendations/new?meeting=" + meetingId).with(SECRETARIAT))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).select("select#meeting option[selected]").attr("value"))
                .as("the meeting that made it is offered and chosen, four years on")
                .isEqualTo(Long.toString(meetingId));
    }

    @Test
    void the_opcc_finds_what_awaits_a_response_from_its_reports_page_and_from_the_recommendation_itself()
            throws Exception {
        long meetingId = meetingOn(LocalDate.of(2034, 6, 7));
        Recommendation recommendation = recommendations.send(Recommendation.Sending.recommendation(
                meetingId, "Rural crime", "That the Commissioner reports on rural crime.", LocalDate.of(2034, 6, 8)));

        String reports = mvc.perform(get("/reports").with(OPCC))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(reports).select("a[href=/reports/recommendations]"))
                .hasSize(1);
        String list = mvc.perform(get("/reports/recommendations").with(OPCC))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(list)
                        .select("a[href=/reports/recommendations/" + recommendation.getId() + "]")
                        .text())
                .isEqualTo("Rural crime");
        assertThat(HtmlChecker.errorsIn(list)).isEmpty();

        String signedIn = mvc.perform(
                        get("/recommendations/" + recommendation.getId()).with(OPCC))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(signedIn)
                        .select("a[href=/reports/recommendations/" + recommendation.getId() + "]")
                        .text())
                .isEqualTo("Record the response");
        String anyone = mvc.perform(get("/recommendations/" + recommendation.getId()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(anyone).doesNotContain("/reports/recommendations/");
    }
}
