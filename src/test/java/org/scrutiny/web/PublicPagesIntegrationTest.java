package org.scrutiny.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.connector.Connector;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.meetings.domain.Venue;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.MeetingBuilder;
import org.scrutiny.support.Pages;
import org.scrutiny.support.ScrutinyTest;
import org.scrutiny.support.StatementCounter;
import org.scrutiny.support.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@ScrutinyTest
class PublicPagesIntegrationTest {

    static final List<String> PUBLIC = Pages.PUBLIC;
    static final List<String> SECRETARIAT = Pages.SECRETARIAT;
    static final List<String> ADMIN = Pages.ADMIN;
    static final List<String> OFFICE = Pages.OFFICE;
    static final List<String> PLAN_OFFICE = Pages.PLAN_OFFICE;

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingService meetings;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${scrutiny.public-url}")
    String publicUrl;

    @Autowired
    WebServerApplicationContext server;

    @LocalServerPort
    int port;

    private Document page(String path) throws Exception {
        return Jsoup.parse(Pages.html(mvc, anonymous(), path));
    }

    @ParameterizedTest
    @FieldSource("PUBLIC")
    void every_public_page_is_valid_html(String path) throws Exception {
        assertThat(HtmlChecker.errorsIn(Pages.html(mvc, anonymous(), path))).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("SECRETARIAT")
    void every_secretariat_page_is_valid_html(String path) throws Exception {
        String html = Pages.html(mvc, Users.SECRETARIAT, path);
        assertThat(html).contains("</html>");
        assertThat(HtmlChecker.errorsIn(html)).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OFFICE")
    void every_complaint_review_page_is_valid_html(String path) throws Exception {
        String html = Pages.html(mvc, Users.SENIOR_MANAGER, path);
        assertThat(html).contains("</html>");
        assertThat(HtmlChecker.errorsIn(html)).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("PLAN_OFFICE")
    void every_plan_page_of_the_office_is_valid_html(String path) throws Exception {
        String html = Pages.html(mvc, Users.OPCC, path);
        assertThat(html).contains("</html>");
        assertThat(HtmlChecker.errorsIn(html)).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("ADMIN")
    void every_administrator_page_is_valid_html(String path) throws Exception {
        String html = Pages.html(mvc, Users.ADMIN, path);
        assertThat(html).contains("</html>");
        assertThat(HtmlChecker.errorsIn(html)).isEmpty();
    }

    @Test
    void the_home_page_names_the_panel_and_links_to_its_meetings() throws Exception {
        Document home = page("/");

        assertThat(home.select("h1").text()).isEqualTo("Cambridgeshire Police and Crime Panel");
        assertThat(home.select("main a[href^='/meetings/']")).isNotEmpty();
        assertThat(home.select("footer").text()).contains("jane.webb@peterborough.gov.uk");
    }

    @Test
    void the_meetings_page_lists_a_municipal_years_meetings_with_their_status() throws Exception {
        Document meetings = page("/meetings?year=2021");

        assertThat(meetings.select("h2").eachText()).contains("Past meetings, 2021/22");
        assertThat(meetings.select("table tbody tr").text())
                .contains("Wednesday 2 February 2022")
                .contains("Wednesday 23 March 2022, 1:30pm")
                .contains("Reserve meeting – if needed (veto)")
                .contains("Cancelled")
                .contains("Held");
    }

    @Test
    void a_moved_meeting_shows_where_it_was_and_why() throws Exception {
        Document meeting = page("/meetings/12");

        assertThat(meeting.select("h1").text()).isEqualTo("Meeting, 15 March 2023");
        assertThat(meeting.text()).contains("1:30pm to 3:30pm").contains("Engine Shed, Sand Martin House");
        assertThat(meeting.select("table").text()).contains("22 March 2023").contains("15 March 2023");
        assertThat(meeting.select("ol li").eachText())
                .contains("Putting Communities First", "Trust in Policing – Culture Statement");
        assertThat(meeting.select("a[href='/meetings/12/calendar.ics']")).hasSize(1);
    }

    @Test
    void a_meetings_page_lists_its_published_documents_with_their_format_and_says_what_was_not_published()
            throws Exception {
        Document march2022 = page("/meetings/4");
        assertThat(march2022.select("a[href='/meetings/4/agenda-pack.pdf']").text())
                .isEqualTo("Agenda and papers in one file (agenda pack)");
        assertThat(march2022
                        .select("tr:has(a[href='/meetings/4/agenda-pack.pdf'])")
                        .text())
                .matches(".*PDF, \\d+ KB, \\d+ pages");
        assertThat(march2022.select("a[href^='/meetings/4/reports/']").eachText())
                .contains("Item 6: Review of Complaints");
        assertThat(march2022.text()).contains("The minutes of this meeting have not been published on this site.");

        Document march2023 = page("/meetings/12");
        assertThat(march2023.select("a[href='/meetings/12/minutes']").text()).startsWith("Minutes");
        assertThat(march2023.select("a[href='/meetings/12/minutes.pdf']")).hasSize(1);
        assertThat(march2023.text()).contains("No agenda was published on this site for this meeting.");
    }

    @Test
    void a_held_meeting_with_published_minutes_shows_who_attended_as_the_minutes_record_it() throws Exception {
        // The seed minutes of 15 March 2023: "Members Present: Edward Leigh (Chair), Claire George
        // (Vice-Chair), Councillors ... and G Wilson (Sub)"; apologies from Bradnam, Beuttell, Hart and Tierney.
        Document march2023 = page("/meetings/12");
        assertThat(march2023.select("h2").eachText()).contains("Attendance");
        String attendance =
                march2023.select("dt:contains(Members present) + dd").text();
        assertThat(attendance).startsWith("Edward Leigh (Chair)").contains("Claire George (Vice-Chair)");
        assertThat(march2023.select("dt:contains(Substitutes present) + dd").text())
                .contains("G Wilson (Sub)");
        assertThat(march2023.select("dt:contains(Apologies) + dd").text())
                .contains("Bradnam", "Beuttell", "Hart", "Tierney");

        assertThat(page("/meetings/4").select("h2").eachText())
                .as("no minutes published, so no attendance to show")
                .doesNotContain("Attendance");
    }

    @Test
    void the_review_of_actions_of_23_march_2022_reads_as_published_and_the_action_log_as_today() throws Exception {
        // The demo's actions of 2 February 2022: the business case was shared on 23 March 2022, after the
        // agenda was published; the homicide reviews action was updated on 15 March 2023, a year later.
        String review = page("/meetings/4/actions-review").select("main").text();
        assertThat(review)
                .contains("as published with version 1 of the agenda")
                .contains("The Commissioner to share the business case on future funding")
                .contains("central funding for domestic homicide reviews")
                .doesNotContain("Still in progress: a government consultation")
                .doesNotContain("Overdue");
        String log = page("/actions").select("main").text();
        assertThat(log)
                .contains("Still in progress: a government consultation is expected")
                .doesNotContain("The Commissioner to share the business case");
    }

    @Test
    void the_minutes_item_of_an_agenda_links_to_the_minutes_it_approves() throws Exception {
        assertThat(page("/meetings/4/agenda")
                        .select("a[href='/meetings/2/minutes']")
                        .text())
                .isEqualTo("Minutes of the meeting held on 2 February 2022");
    }

    @Test
    void a_cancelled_meeting_says_so_and_why() throws Exception {
        assertThat(page("/meetings/3").select(".govuk-warning-text").text())
                .contains("This meeting was cancelled")
                .contains("decided not to veto");
    }

    @Test
    void the_work_programme_shows_the_agenda_plan_of_a_year() throws Exception {
        Document plan = page("/work-programme?year=2023");

        assertThat(plan.select("h1").text()).isEqualTo("Work programme 2023/24");
        assertThat(plan.text())
                .contains("Wednesday 19 July 2023, 1:30pm")
                .contains("Bourges/Viersen Rooms, Town Hall")
                .contains("Harm to Hope Drug Strategy")
                .contains("Precept Report 2024/2025 – Full meeting, given its importance");
    }

    @Test
    void the_members_page_shows_authorities_substitutes_officers_and_past_members() throws Exception {
        Document members = page("/members");

        assertThat(members.text())
                .contains("Councillor A Bradnam")
                .contains("South Cambridgeshire District Council")
                .contains("Councillor G Wilson")
                .contains("Jane Webb, Senior Democratic Services Officer, Police and Crime, Peterborough City Council")
                .contains("Darryl Preston, Police and Crime Commissioner for Cambridgeshire and Peterborough");
        assertThat(members.select("table").last().text())
                .contains("Councillor A Collis")
                .contains("19 July 2022");
    }

    @Test
    void an_unknown_meeting_gets_the_sites_own_not_found_page() throws Exception {
        mvc.perform(get("/meetings/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/not-a-number")).andExpect(status().isNotFound());
        Document notFound = page("/meetings/999999");
        assertThat(notFound.select("h1").text()).isEqualTo("Page not found");
        assertThat(notFound.select("header").text()).contains("Cambridgeshire Police and Crime Panel");
    }

    @ParameterizedTest
    @CsvSource({
        "500, 'Sorry, there is a problem with the service'",
        "403, You cannot see this page",
        "404, Page not found"
    })
    void error_pages_look_like_the_rest_of_the_site(int status, String heading) throws Exception {
        String html = mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere")
                        .accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo(heading);
        assertThat(page.select("header").text()).contains("Cambridgeshire Police and Crime Panel");
        assertThat(html).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(HtmlChecker.errorsIn(html)).isEmpty();
    }

    @Test
    void the_attendance_pages_link_only_to_years_with_meetings_so_following_them_ends() throws Exception {
        List<String> visited = new ArrayList<>();
        for (String direction : List.of("Previous year", "Next year")) {
            String path = "/attendance";
            for (int step = 0; path != null; step++) {
                assertThat(step).as("years linked from " + direction).isLessThan(15);
                visited.add(path);
                Document page = Jsoup.parse(
                        mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
                path = page.select("a:containsOwn(" + direction + ")").stream()
                        .map(link -> link.attr("href"))
                        .findFirst()
                        .orElse(null);
            }
        }
        assertThat(visited).contains("/attendance?year=2021");
        assertThat(mvc.perform(get("/attendance?year=1999"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/attendance?year=2090"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void the_error_page_asked_for_directly_is_a_page_that_does_not_exist() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/error").accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
    }

    @Test
    void odd_addresses_get_the_not_found_page_never_an_error() throws Exception {
        for (String path : List.of(
                "/meetings?year=99999999",
                "/meetings?year=abc",
                "/work-programme?year=-5",
                "/meetings/99999999999999999999",
                "/meetings/12/calendar.ics.bak",
                "/no-such-page")) {
            int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isEqualTo(404);
        }
    }

    @Test
    void every_page_carries_one_content_security_policy_that_lets_no_inline_script_run() throws Exception {
        String first = mvc.perform(get("/"))
                .andExpect(header().exists("Content-Security-Policy"))
                .andReturn()
                .getResponse()
                .getHeader("Content-Security-Policy");
        String second =
                mvc.perform(get("/meetings/4")).andReturn().getResponse().getHeader("Content-Security-Policy");

        assertThat(first)
                .contains("script-src 'self';")
                .doesNotContain("nonce")
                .doesNotContain("unsafe-inline")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'none'");
        assertThat(second)
                .as("the same on every page, so that pages can be kept and revalidated")
                .isEqualTo(first);
        for (String path : List.of("/", "/meetings/4", "/meetings/12/minutes", "/recommendations")) {
            assertThat(page(path).select("script:not([src])"))
                    .as(path + " has no inline script")
                    .isEmpty();
        }
        mvc.perform(get("/"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    private long meetingOn(String date) {
        return jdbc.queryForObject(
                "select id from meeting where meeting_date = cast(? as date) order by id limit 1", Long.class, date);
    }

    private String text(String path) throws Exception {
        return page(path).select("main").text();
    }

    @Test
    void a_past_meeting_says_what_exists_and_what_does_not() throws Exception {
        long november2021 = meetingOn("2021-11-15");
        assertThat(text("/meetings/" + november2021))
                .contains("Items that were planned")
                .doesNotContain("Items planned")
                .doesNotContain("are published at least five clear working days")
                .doesNotContain("Ask a question");
        assertThat(text("/meetings/" + november2021 + "/agenda"))
                .contains("No agenda was published on this site for this meeting.")
                .doesNotContain("has not been published yet");
        assertThat(text("/meetings/" + november2021 + "/minutes"))
                .contains("No minutes of this meeting have been published on this site.")
                .doesNotContain("usually published within a few weeks");
    }

    @Test
    void a_cancelled_meeting_says_it_was_cancelled_and_promises_nothing() throws Exception {
        long cancelled = meetingOn("2022-02-16");
        Document page = page("/meetings/" + cancelled);
        assertThat(page.select("main").text())
                .contains("This meeting was cancelled")
                .doesNotContain("are published at least five clear working days");
        assertThat(page.select("main a").eachAttr("href"))
                .noneMatch(href -> href.endsWith("/agenda") || href.endsWith("/minutes") || href.contains("questions"));
        assertThat(text("/meetings/" + cancelled + "/agenda"))
                .contains("This meeting was cancelled, so no agenda will be published.");
        assertThat(text("/meetings/" + cancelled + "/minutes"))
                .contains("This meeting was cancelled, so it has no minutes.");
    }

    @Test
    void a_future_meeting_says_when_its_agenda_comes_and_how_to_take_part() throws Exception {
        long next = MeetingBuilder.aMeeting()
                .on(LocalDate.of(2041, 6, 12))
                .plannedWith(meetings)
                .getId();
        assertThat(text("/meetings/" + next))
                .contains("Items planned")
                .contains("are published at least five clear working days")
                .contains("Ask a question or make a statement at this meeting");
        assertThat(text("/meetings/" + next + "/agenda")).contains("The agenda has not been published yet.");
        assertThat(text("/meetings/" + next + "/minutes")).contains("This meeting has not taken place yet.");
    }

    @Test
    void the_meetings_page_offers_a_calendar_subscription_with_instructions() throws Exception {
        Document list = page("/meetings");
        assertThat(list.select("a[href^=webcal://]").eachAttr("href"))
                .containsExactly(publicUrl.replaceFirst("^https?://", "webcal://") + "/meetings.ics");
        assertThat(list.select("main a[href=/meetings.ics]").text()).isEqualTo("download it as a file");
        assertThat(list.select(".govuk-details__text").text())
                .contains(publicUrl + "/meetings.ics")
                .contains("Outlook")
                .contains("Google Calendar")
                .contains("Apple Calendar");
    }

    @Test
    void the_members_page_names_the_chair_and_vice_chair_even_before_this_year_s_are_recorded() throws Exception {
        String members = page("/members").select("main").text();
        assertThat(members).containsPattern("Chair: (Councillor )?[A-Z]").contains("Vice-Chair");
        if (members.contains("have not been recorded yet")) {
            assertThat(members).contains("In 2022/23:").contains("Chair: Edward Leigh");
        }
    }

    @Test
    void the_home_page_lists_the_latest_agendas_published() throws Exception {
        Document home = page("/");
        assertThat(home.select("h2").eachText()).contains("Latest agendas and papers");
        assertThat(home.select("main li a[href$=/agenda]").eachText())
                .as("the demo publishes the agenda of 23 March 2022, other tests publish more")
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(5)
                .allMatch(text -> text.startsWith("Agenda and papers, "));
        assertThat(home.select("main").text()).doesNotContain("will be listed here as they are published");
    }

    @Test
    void a_public_page_is_kept_and_revalidated_and_answers_not_modified_until_a_record_changes() throws Exception {
        MockHttpServletResponse first =
                mvc.perform(get("/meetings/4")).andReturn().getResponse();
        String etag = first.getHeader("ETag");
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getHeader("Cache-Control")).isEqualTo("public, no-cache");
        assertThat(etag).startsWith("W/\"");
        assertThat(first.getHeader("Last-Modified")).isNotBlank();

        MockHttpServletResponse repeat = mvc.perform(get("/meetings/4").header("If-None-Match", etag))
                .andReturn()
                .getResponse();
        if (repeat.getStatus() == 200) {
            // the minute turned between the two requests: the validator moves on with the clock
            etag = repeat.getHeader("ETag");
            repeat = mvc.perform(get("/meetings/4").header("If-None-Match", etag))
                    .andReturn()
                    .getResponse();
        }
        assertThat(repeat.getStatus()).isEqualTo(304);
        assertThat(repeat.getContentAsString()).isEmpty();

        meetings.addVenue(new Venue.Details("A room added by the validator test", "1 High Street", "March", null));
        MockHttpServletResponse changed = mvc.perform(get("/meetings/4").header("If-None-Match", etag))
                .andReturn()
                .getResponse();
        assertThat(changed.getStatus())
                .as("any change to a record makes the page new")
                .isEqualTo(200);
        assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
    }

    /** Two answers to one address with the same validator: the minute may turn between two requests. */
    private MockHttpServletResponse[] twiceUnderOneValidator(String address) throws Exception {
        for (int attempt = 0; ; attempt++) {
            MockHttpServletResponse first =
                    mvc.perform(get(address)).andReturn().getResponse();
            StatementCounter.reset();
            MockHttpServletResponse second =
                    mvc.perform(get(address)).andReturn().getResponse();
            if (first.getHeader("ETag").equals(second.getHeader("ETag")) || attempt > 0) {
                return new MockHttpServletResponse[] {first, second};
            }
        }
    }

    @Test
    void a_public_page_rendered_once_is_sent_again_as_it_was_without_reading_a_record_until_one_changes()
            throws Exception {
        MockHttpServletResponse[] answers = twiceUnderOneValidator("/meetings/4");
        assertThat(StatementCounter.count())
                .as("the second answer is the page this node kept, not a new rendering")
                .isZero();
        assertThat(answers[1].getStatus()).isEqualTo(200);
        assertThat(answers[1].getContentAsString()).isEqualTo(answers[0].getContentAsString());
        assertThat(answers[1].getContentType()).isEqualTo(answers[0].getContentType());
        assertThat(answers[1].getHeader("ETag")).isEqualTo(answers[0].getHeader("ETag"));
        assertThat(answers[1].getHeader("Content-Security-Policy"))
                .isNotBlank()
                .isEqualTo(answers[0].getHeader("Content-Security-Policy"));

        meetings.addVenue(new Venue.Details("A room added by the kept-page test", "2 High Street", "Ely", null));
        StatementCounter.reset();
        MockHttpServletResponse afterChange =
                mvc.perform(get("/meetings/4")).andReturn().getResponse();
        assertThat(afterChange.getHeader("ETag")).isNotEqualTo(answers[0].getHeader("ETag"));
        assertThat(StatementCounter.count())
                .as("after any change the page is rendered again from the records")
                .isPositive();
    }

    @Test
    void a_kept_download_is_sent_again_with_the_headers_it_was_served_with() throws Exception {
        String file = Jsoup.parse(mvc.perform(get("/meetings/4"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .select("a[href*=/files/]")
                .first()
                .attr("href");
        MockHttpServletResponse[] answers = twiceUnderOneValidator(file);
        assertThat(StatementCounter.count()).isZero();
        assertThat(answers[1].getContentAsByteArray()).isEqualTo(answers[0].getContentAsByteArray());
        for (String name : List.of("Content-Disposition", "Content-Security-Policy", "X-Content-Type-Options")) {
            assertThat(answers[1].getHeader(name)).as(name).isNotBlank().isEqualTo(answers[0].getHeader(name));
        }
    }

    @Test
    void over_http_a_kept_page_and_a_repeat_visit_are_answered_in_front_of_the_filters_and_nothing_else_is()
            throws Exception {
        KeptPagesValve valve = Arrays.stream(((TomcatWebServer) server.getWebServer())
                        .getTomcat()
                        .getEngine()
                        .getPipeline()
                        .getValves())
                .filter(KeptPagesValve.class::isInstance)
                .map(KeptPagesValve.class::cast)
                .findFirst()
                .orElseThrow();
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String page = null;
        for (int attempt = 0; ; attempt++) {
            // An address not visited before, so that the first visit renders the page.
            page = "http://127.0.0.1:" + port + "/meetings/4?over-http=" + attempt;
            long before = valve.sent();
            HttpResponse<String> rendered =
                    http.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> kept =
                    http.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString());
            String etag = kept.headers().firstValue("ETag").orElseThrow();
            if (!etag.equals(rendered.headers().firstValue("ETag").orElseThrow()) && attempt == 0) {
                continue; // a record changed, or the minute turned, between the two: the page was rendered again
            }
            assertThat(sentReaches(valve, before + 1))
                    .as("the second visit is sent by the valve")
                    .isEqualTo(before + 1);
            assertThat(kept.statusCode()).isEqualTo(200);
            assertThat(kept.body()).isEqualTo(rendered.body());
            for (String name : List.of(
                    "Content-Type",
                    "Content-Security-Policy",
                    "X-Content-Type-Options",
                    "X-Frame-Options",
                    "Referrer-Policy",
                    "Cache-Control",
                    "Vary",
                    "Last-Modified")) {
                assertThat(kept.headers().allValues(name))
                        .as(name)
                        .isNotEmpty()
                        .isEqualTo(rendered.headers().allValues(name));
            }
            HttpResponse<String> repeat = http.send(
                    HttpRequest.newBuilder(URI.create(page))
                            .header("If-None-Match", "\"other\", " + etag)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (repeat.statusCode() == 200 && attempt == 0) {
                continue;
            }
            assertThat(repeat.statusCode()).isEqualTo(304);
            assertThat(sentReaches(valve, before + 2)).isEqualTo(before + 2);
            break;
        }

        long before = valve.sent();
        HttpResponse<String> withSession = http.send(
                HttpRequest.newBuilder(URI.create(page))
                        .header("Cookie", "SCRUTINY_SESSION=c2Vzc2lvbg")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withSession.headers().firstValue("ETag")).isEmpty();
        HttpResponse<String> posted = http.send(
                HttpRequest.newBuilder(URI.create(page))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode())
                .as("a POST reaches the security filters")
                .isEqualTo(403);
        HttpResponse<String> notPublic = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/manage"))
                        .header("If-None-Match", "*")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notPublic.statusCode())
                .as("a page not public is never answered 304")
                .isEqualTo(302);
        assertThat(sentReaches(valve, before + 1)).isEqualTo(before);
    }

    /**
     * What the valve has sent, once it reaches {@code expected} or after a second: a visitor may
     * have the whole answer a moment before the valve counts it.
     */
    private static long sentReaches(KeptPagesValve valve, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (valve.sent() < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return valve.sent();
    }

    @Test
    void the_connector_sends_a_public_page_in_one_write_and_keeps_a_connection_for_many_requests() throws Exception {
        Connector connector =
                ((TomcatWebServer) server.getWebServer()).getTomcat().getConnector();
        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("32768");
        assertThat(connector.getProperty("maxKeepAliveRequests")).hasToString("1000");
        assertThat(connector.getProperty("maxConnections")).hasToString("2048");
        assertThat(Pages.html(mvc, anonymous(), "/meetings/12/minutes").getBytes(StandardCharsets.UTF_8))
                .as("the longest page of the demo fits one write")
                .hasSizeLessThan(32 * 1024);
    }

    @Test
    void a_signed_in_page_is_never_kept() throws Exception {
        // A browser that has signed in sends its session cookie.
        MockHttpServletResponse signedIn = mvc.perform(get("/meetings/4")
                        .with(Users.SECRETARIAT)
                        .cookie(new jakarta.servlet.http.Cookie("SCRUTINY_SESSION", "c2Vzc2lvbg")))
                .andReturn()
                .getResponse();
        assertThat(signedIn.getHeader("ETag")).isNull();
        assertThat(signedIn.getHeader("Cache-Control")).contains("no-store");
        // Signed in without one (never a browser), the page is still sent not to be stored, and not kept.
        MockHttpServletResponse withoutCookie = mvc.perform(
                        get("/meetings/4?signed-in").with(Users.SECRETARIAT))
                .andReturn()
                .getResponse();
        assertThat(withoutCookie.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(withoutCookie.getContentAsString()).contains("Sign out");
        assertThat(mvc.perform(get("/meetings/4?signed-in"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Sign out");
        assertThat(mvc.perform(get("/manage")).andReturn().getResponse().getHeader("ETag"))
                .isNull();
    }

    @Test
    void static_files_are_linked_by_a_fingerprint_of_their_content_and_kept_by_browsers_for_a_year() throws Exception {
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        Matcher css =
                Pattern.compile("href=\"(/css/scrutiny-[0-9a-f]{32}\\.css)\"").matcher(home);
        assertThat(css.find())
                .as("the style sheet's link carries its fingerprint")
                .isTrue();
        assertThat(home).containsPattern("src=\"/js/init-[0-9a-f]{32}\\.js\"");
        assertThat(home).contains("/webjars/govuk-frontend/" + "5.");

        MockHttpServletResponse sheet =
                mvc.perform(get(css.group(1))).andReturn().getResponse();
        assertThat(sheet.getStatus()).isEqualTo(200);
        assertThat(sheet.getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        assertThat(mvc.perform(get("/meetings")).andReturn().getResponse().getHeader("Cache-Control"))
                .as("pages are not kept as files are")
                .doesNotContain("max-age=31536000");
    }
}
