package org.scrutiny.precept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.Users.SECRETARIAT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.domain.MeetingPlan;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.membership.MemberKind;
import org.scrutiny.membership.domain.MembershipService;
import org.scrutiny.membership.domain.Person;
import org.scrutiny.membership.domain.Term;
import org.scrutiny.precept.domain.PreceptService;
import org.scrutiny.precept.domain.PreceptYear;
import org.scrutiny.shared.VetoThreshold;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.PdfChecker;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ScrutinyTest
class PreceptIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PreceptService precepts;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingSchedule schedule;

    @Autowired
    MembershipService membership;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_revised_and_final_figures_are_stored_as_rises_not_as_band_d_amounts() {
        assertThat(jdbc.queryForList(
                        "select column_name from information_schema.columns where table_name = 'precept_year'",
                        String.class))
                .contains("proposed_increase", "revised_increase", "final_increase")
                .doesNotContain("revised_band_d", "final_band_d");
    }

    private MockHttpServletResponse as(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(SECRETARIAT).with(csrf())).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder dated(MockHttpServletRequestBuilder request, LocalDate date) {
        return request.param("date.day", Integer.toString(date.getDayOfMonth()))
                .param("date.month", Integer.toString(date.getMonthValue()))
                .param("date.year", Integer.toString(date.getYear()));
    }

    @Test
    void the_seed_precept_runs_from_notification_to_the_commissioners_reply() throws Exception {
        String page =
                mvc.perform(get("/precept/2022")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).text())
                .contains("Notified 21 January 2022: a change of £9.99 for a Band D property.")
                .contains("Vote, 2 February 2022: 0 of 13 members for a veto (9 needed). Not vetoed.")
                .contains("The panel's report, 3 February 2022")
                .contains("The Commissioner's response, 8 February 2022");
        assertThat(HtmlChecker.errorsIn(page)).isEmpty();

        byte[] pdf = mvc.perform(get("/precept/2022/report.pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfChecker.pdfUaFailures(pdf)).isEmpty();
        assertThat(PdfChecker.text(pdf).replaceAll("\\s+", " "))
                .contains("REPORT OF THE CAMBRIDGESHIRE POLICE AND CRIME PANEL")
                .contains("Date of notification: 21 January 2022")
                .contains("Date of panel meeting: 2 February 2022")
                .contains("Date of report: 3 February 2022")
                .contains("the Panel unanimously AGREED to NOT exercise its veto power")
                .contains("Terms of reference");
    }

    @Test
    void the_threshold_counts_members_joining_or_leaving_on_the_day_of_the_vote() {
        LocalDate vote = LocalDate.of(2036, 2, 6);
        int before = precepts.membersOn(vote);
        long joiner = membership
                .addPerson(new Person.Details("Jo", "Joiner", null, null))
                .getId();
        long leaver = membership
                .addPerson(new Person.Details("Lee", "Leaver", null, null))
                .getId();
        // Ended within the test's own year, so that no later test finds an extra member on its dates.
        membership.appointMember(joiner, MemberKind.INDEPENDENT_CO_OPTED, null, new Term(vote, vote.plusMonths(1)));
        membership.appointMember(leaver, MemberKind.INDEPENDENT_CO_OPTED, null, new Term(vote.minusYears(1), vote));

        assertThat(precepts.membersOn(vote)).isEqualTo(before + 2);
        assertThat(precepts.membersOn(vote.plusDays(1))).isEqualTo(before + 1);
        assertThat(precepts.membersOn(vote.minusDays(1))).isEqualTo(before + 1);
        assertThat(precepts.vetoThresholdOn(vote))
                .as("two-thirds of the %d members on the day, rounded up", before + 2)
                .isEqualTo((2 * (before + 2) + 2) / 3);
    }

    @Test
    void a_year_with_a_veto_runs_through_the_revised_precept_and_refuses_a_rise_after_a_veto_as_too_high()
            throws Exception {
        MockHttpServletResponse notified = as(dated(post("/manage/precept"), LocalDate.of(2037, 1, 22))
                .param("financialYear", "2037")
                .param("increase", "15.00")
                .param("currentBandD", "300.00")
                .param("proposedBandD", "315.00"));
        assertThat(notified.getRedirectedUrl()).isEqualTo("/manage/precept/2037");
        PreceptYear year = precepts.year(2037);
        assertThat(schedule.meeting(year.getReviewMeetingId()).orElseThrow().date())
                .as("8 February 2037 is a Sunday: the Friday before")
                .isEqualTo(LocalDate.of(2037, 2, 6));
        assertThat(schedule.meeting(year.getReserveMeetingId()).orElseThrow().kind())
                .isEqualTo(MeetingKind.RESERVE_IF_NEEDED_VETO);
        assertThat(schedule.plannedItems(year.getReviewMeetingId()))
                .extracting(p -> p.title())
                .contains("Precept Report 2037/38");

        long training = meetings.plan(
                        new MeetingPlan(
                                MeetingKind.TRAINING_OR_BRIEFING,
                                "Budget briefing",
                                LocalDate.of(2037, 2, 3),
                                null,
                                LocalTime.of(10, 0),
                                false),
                        null)
                .getId();
        MockHttpServletResponse refused = as(post("/manage/precept/2037/vote")
                .param("version", Long.toString(year.getVersion()))
                .param("meeting", Long.toString(training))
                .param("votesForVeto", "12")
                .param("vetoReason", "TOO_HIGH")
                .param("decision", "The Panel vetoed the precept."));
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("can only be decided at a meeting of the full panel");
        assertThat(HtmlChecker.errorsIn(refused.getContentAsString())).isEmpty();

        int members = precepts.membersOn(LocalDate.of(2037, 2, 6));
        as(post("/manage/precept/2037/vote")
                .param("version", Long.toString(year.getVersion()))
                .param("meeting", Long.toString(year.getReviewMeetingId()))
                .param("votesForVeto", Integer.toString(VetoThreshold.of(members)))
                .param("vetoReason", "TOO_HIGH")
                .param("decision", "The Panel VETOED the proposed precept.")
                .param("reasons", "A rise of 5% is too much for households this year."));
        year = precepts.year(2037);
        assertThat(year.isVetoEffective()).isTrue();
        as(dated(post("/manage/precept/2037/report"), LocalDate.of(2037, 2, 7))
                .param("version", Long.toString(year.getVersion())));
        year = precepts.year(2037);

        MockHttpServletResponse higher = as(dated(post("/manage/precept/2037/revise"), LocalDate.of(2037, 2, 13))
                .param("version", Long.toString(year.getVersion()))
                .param("increase", "16.00"));
        assertThat(Jsoup.parse(higher.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("vetoed a rise of £15.00 as too high");
        as(dated(post("/manage/precept/2037/revise"), LocalDate.of(2037, 2, 13))
                .param("version", Long.toString(year.getVersion()))
                .param("increase", "9.00"));
        year = precepts.year(2037);
        as(dated(post("/manage/precept/2037/second-report"), LocalDate.of(2037, 2, 20))
                .param("version", Long.toString(year.getVersion()))
                .param("text", "The Panel accepts the revised precept."));
        year = precepts.year(2037);
        as(dated(post("/manage/precept/2037/response"), LocalDate.of(2037, 2, 27))
                .param("version", Long.toString(year.getVersion()))
                .param("increase", "9.00"));

        String page =
                mvc.perform(get("/precept/2037")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).text())
                .contains("(5.00%, from £300.00 to £315.00)")
                .contains("Vetoed as too high.")
                .contains("Revised precept, 13 February 2037: a change of £9.00")
                .contains("precept issued with a change of £9.00");
        assertThat(HtmlChecker.errorsIn(page)).isEmpty();
        String manage = as(get("/manage/precept/2037")).getContentAsString();
        assertThat(HtmlChecker.errorsIn(manage)).isEmpty();
        String tracker =
                mvc.perform(get("/recommendations")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(tracker).text()).contains("Report on the proposed precept 2037/38");
    }

    @ParameterizedTest(name = "financial year {0}")
    @CsvSource({
        "-1, The financial year must be between 2013 and 2200",
        "0, The financial year must be between 2013 and 2200",
        "2040, The notification for 2040/41 must be received between 1 April 2039 and 31 March 2040"
    })
    void a_precept_for_a_year_that_cannot_be_meant_is_refused_and_not_listed(String year, String message)
            throws Exception {
        MockHttpServletResponse refused = as(dated(post("/manage/precept"), LocalDate.of(2037, 1, 22))
                .param("financialYear", year)
                .param("increase", "15.00"));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains(message);
        assertThat(mvc.perform(get("/precept")).andReturn().getResponse().getContentAsString())
                .doesNotContain("Precept " + year + "/")
                .doesNotContain("Precept -1/");
    }
}
