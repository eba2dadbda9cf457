package org.scrutiny.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.Pages;
import org.scrutiny.support.ScrutinyTest;
import org.scrutiny.support.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ScrutinyTest
class PublicPagesIntegrationTest {

    static final java.util.List<String> PUBLIC = Pages.PUBLIC;
    static final java.util.List<String> SECRETARIAT = Pages.SECRETARIAT;
    static final java.util.List<String> ADMIN = Pages.ADMIN;

    @Autowired
    MockMvc mvc;

    private Document page(String path) throws Exception {
        return Jsoup.parse(Pages.html(mvc, anonymous(), path));
    }

    @ParameterizedTest
    @FieldSource("PUBLIC")
    void everyPublicPageIsValidHtml(String path) throws Exception {
        assertThat(HtmlChecker.errorsIn(Pages.html(mvc, anonymous(), path))).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("SECRETARIAT")
    void everySecretariatPageIsValidHtml(String path) throws Exception {
        String html = Pages.html(mvc, Users.SECRETARIAT, path);
        assertThat(html).contains("</html>");
        assertThat(HtmlChecker.errorsIn(html)).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("ADMIN")
    void everyAdministratorPageIsValidHtml(String path) throws Exception {
        String html = Pages.html(mvc, Users.ADMIN, path);
        assertThat(html).contains("</html>");
        assertThat(HtmlChecker.errorsIn(html)).isEmpty();
    }

    @Test
    void theHomePageNamesThePanelAndLinksToItsMeetings() throws Exception {
        Document home = page("/");

        assertThat(home.select("h1").text()).isEqualTo("Cambridgeshire Police and Crime Panel");
        assertThat(home.select("main a[href^='/meetings/']")).isNotEmpty();
        assertThat(home.select("footer").text()).contains("jane.webb@peterborough.gov.uk");
    }

    @Test
    void theMeetingsPageListsAMunicipalYearsMeetingsWithTheirStatus() throws Exception {
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
    void aMovedMeetingShowsWhereItWasAndWhy() throws Exception {
        Document meeting = page("/meetings/12");

        assertThat(meeting.select("h1").text()).isEqualTo("Meeting, 15 March 2023");
        assertThat(meeting.text()).contains("1:30pm to 3:30pm").contains("Engine Shed, Sand Martin House");
        assertThat(meeting.select("table").text()).contains("22 March 2023").contains("15 March 2023");
        assertThat(meeting.select("ol li").eachText())
                .contains("Putting Communities First", "Trust in Policing – Culture Statement");
        assertThat(meeting.select("a[href='/meetings/12/calendar.ics']")).hasSize(1);
    }

    @Test
    void aCancelledMeetingSaysSoAndWhy() throws Exception {
        assertThat(page("/meetings/3").select(".govuk-warning-text").text())
                .contains("This meeting has been cancelled")
                .contains("decided not to veto");
    }

    @Test
    void theWorkProgrammeShowsTheAgendaPlanOfAYear() throws Exception {
        Document plan = page("/work-programme?year=2023");

        assertThat(plan.select("h1").text()).isEqualTo("Work programme 2023/24");
        assertThat(plan.text())
                .contains("Wednesday 19 July 2023, 1:30pm")
                .contains("Bourges/Viersen Rooms, Town Hall")
                .contains("Harm to Hope Drug Strategy")
                .contains("Precept Report 2024/2025 – Full meeting, given its importance");
    }

    @Test
    void theMembersPageShowsAuthoritiesSubstitutesOfficersAndPastMembers() throws Exception {
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
    void anUnknownMeetingGetsTheSitesOwnNotFoundPage() throws Exception {
        mvc.perform(get("/meetings/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/not-a-number")).andExpect(status().isNotFound());
        Document notFound = page("/meetings/999999");
        assertThat(notFound.select("h1").text()).isEqualTo("Page not found");
        assertThat(notFound.select("header").text()).contains("Cambridgeshire Police and Crime Panel");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "500, 'Sorry, there is a problem with the service'",
        "403, You cannot see this page",
        "404, Page not found"
    })
    void errorPagesLookLikeTheRestOfTheSite(int status, String heading) throws Exception {
        String html = mvc.perform(get("/error")
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, status)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/somewhere")
                        .accept(org.springframework.http.MediaType.TEXT_HTML))
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
    void oddAddressesGetTheNotFoundPageNeverAnError() throws Exception {
        for (String path : java.util.List.of(
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
    void everyPageCarriesAContentSecurityPolicyWithAFreshNonce() throws Exception {
        String first = mvc.perform(get("/"))
                .andExpect(header().exists("Content-Security-Policy"))
                .andReturn()
                .getResponse()
                .getHeader("Content-Security-Policy");
        String second = mvc.perform(get("/")).andReturn().getResponse().getHeader("Content-Security-Policy");

        assertThat(first)
                .contains("script-src 'self' 'nonce-")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'none'");
        assertThat(first).isNotEqualTo(second);
        String nonce = first.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(page("/").select("script[nonce]")).isNotEmpty();
        mvc.perform(get("/"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
        assertThat(nonce).isNotBlank();
    }
}
