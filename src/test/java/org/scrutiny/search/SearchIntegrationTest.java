package org.scrutiny.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.recommendations.RecommendationLedger;
import org.scrutiny.search.domain.SearchIndex;
import org.scrutiny.search.domain.SiteSearch;
import org.scrutiny.support.Pages;
import org.scrutiny.support.ScrutinyTest;
import org.scrutiny.support.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The site's search over the demo panel (Lucene, in memory; the same tests run against OpenSearch
 * in {@link OpenSearchIntegrationTest}): ranking, phrases, exclusions, typing
 * errors, highlighting that escapes markup, what is never indexed, and whatever a person types
 * getting a page.
 */
@ScrutinyTest
class SearchIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SiteSearch search;

    @Autowired
    SearchIndex index;

    @Autowired
    MeetingSchedule meetings;

    @Autowired
    RecommendationLedger recommendations;

    @BeforeEach
    void upToDate() throws InterruptedException {
        index.refresh();
        // With OpenSearch, the changes reach the index through the outbox, a moment later.
        for (int i = 0; i < 400 && index.waiting() > 0; i++) {
            Thread.sleep(50);
        }
        assertThat(index.waiting()).as("changes still waiting in the outbox").isZero();
        index.indexedCount();
    }

    SiteSearch.Results find(String words) {
        return search.search(new SiteSearch.Query(words, null, null, false, 1));
    }

    @Test
    void pcso_lands_on_the_point_of_the_february_2022_minutes_where_the_chief_constable_gave_the_figures()
            throws Exception {
        long february = meetings.meetingsBetween(LocalDate.of(2022, 2, 2), LocalDate.of(2022, 2, 2))
                .get(0)
                .id();
        SiteSearch.Hit first = find("PCSO").hits().get(0);
        assertThat(first.href()).startsWith("/meetings/" + february + "/minutes#point-");
        assertThat(first.kind()).isEqualTo("Minutes");
        assertThat(first.snippet()).contains("<mark>PCSO");
        String point = first.href().substring(first.href().indexOf('#') + 1);
        Document minutes = Jsoup.parse(
                mvc.perform(get(first.href().substring(0, first.href().indexOf('#'))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(minutes.getElementById(point)).isNotNull();
        assertThat(minutes.getElementById(point).text()).contains("PCSO numbers had fallen from 80 to 40");
    }

    @Test
    void a_title_hit_comes_first_and_a_phrase_finds_only_the_phrase() {
        assertThat(find("precept").hits().get(0).title()).containsIgnoringCase("precept");
        SiteSearch.Results phrase = find("\"forward plan\"");
        SiteSearch.Results scattered = find("forward plan");
        assertThat(phrase.total()).isPositive().isLessThanOrEqualTo(scattered.total());
        assertThat(phrase.hits()).allSatisfy(hit -> assertThat((hit.title() + " " + hit.snippet()).toLowerCase())
                .containsAnyOf("forward plan", "<mark>forward</mark> <mark>plan</mark>"));
    }

    @Test
    void a_word_can_be_left_out_and_a_misspelt_word_is_found_as_it_should_be_spelt() {
        long all = find("precept").total();
        assertThat(find("precept -2022").total()).isLessThan(all);
        SiteSearch.Results misspelt = find("precpet");
        assertThat(misspelt.similarWords()).isTrue();
        assertThat(misspelt.hits()).extracting(SiteSearch.Hit::title).anyMatch(title -> title.contains("Precept"));
        assertThat(find("\"stop and frisk\"").total())
                .as("a phrase is not loosened")
                .isZero();
    }

    @Test
    void a_snippet_marks_the_words_and_escapes_everything_else() throws InterruptedException {
        long meeting = meetings.meetingsBetween(LocalDate.of(2022, 3, 23), LocalDate.of(2022, 3, 23))
                .get(0)
                .id();
        recommendations.recordReport(
                meeting,
                "Escaping check",
                "A zqxmarkup report <script>alert(1)</script> & <b>bold</b> words.",
                LocalDate.of(2026, 11, 2),
                null);
        upToDate();
        SiteSearch.Hit hit = find("zqxmarkup").hits().get(0);
        assertThat(hit.snippet())
                .contains("<mark>zqxmarkup</mark>")
                .contains("&lt;script&gt;")
                .doesNotContain("<script>")
                .doesNotContain("<b>");
    }

    @Test
    void the_plans_deliverables_and_the_commissioners_decisions_are_found() {
        assertThat(find("\"Business Crime Survey\"").hits())
                .extracting(SiteSearch.Hit::kind, SiteSearch.Hit::href)
                .anySatisfy(hit -> {
                    assertThat(hit.toList().get(0)).isEqualTo("Plan deliverable");
                    assertThat((String) hit.toList().get(1)).startsWith("/plan/deliverables/");
                });
        assertThat(search.search(new SiteSearch.Query("decision", "Commissioner's decision", null, false, 1))
                        .hits())
                .isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.href()).startsWith("/decisions/"));
    }

    @Test
    void nothing_personal_and_no_complaint_is_ever_indexed() {
        for (String personal : List.of(
                "\"Margaret Ellis\"",
                "\"Daniel Hughes\"",
                "\"Demo Complainant One\"",
                "shed broken into",
                "demo.scrutiny.test")) {
            assertThat(find(personal).total()).as(personal).isZero();
        }
    }

    @Test
    void facets_count_by_kind_and_year_and_narrow_the_results() {
        SiteSearch.Results all = find("precept");
        assertThat(all.kinds()).containsKey("Minutes");
        assertThat(all.kinds().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(all.total());
        SiteSearch.Results minutes2021 = search.search(new SiteSearch.Query("precept", "Minutes", 2021, true, 1));
        assertThat(minutes2021.total()).isEqualTo(all.kinds().get("Minutes") > 0 ? minutes2021.total() : 0);
        assertThat(minutes2021.hits()).allSatisfy(hit -> {
            assertThat(hit.kind()).isEqualTo("Minutes");
            assertThat(hit.day()).isBetween(LocalDate.of(2021, 5, 1), LocalDate.of(2022, 4, 30));
        });
        assertThat(minutes2021.hits())
                .extracting(SiteSearch.Hit::day)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void a_meeting_narrows_the_results_to_its_papers() {
        SiteSearch.Results all = find("precept");
        assertThat(all.meetings()).containsKey("Meeting, 2 February 2022");
        SiteSearch.Results february =
                search.search(new SiteSearch.Query("precept", null, null, "Meeting, 2 February 2022", false, 1));
        assertThat(february.total()).isEqualTo(all.meetings().get("Meeting, 2 February 2022"));
        assertThat(february.hits()).allSatisfy(hit -> assertThat(hit.meeting()).isEqualTo("Meeting, 2 February 2022"));
    }

    @Test
    void two_dates_narrow_the_results_to_the_days_between_them_and_the_links_keep_them() throws Exception {
        SiteSearch.Results all = find("precept");
        LocalDate first = LocalDate.of(2022, 1, 1);
        LocalDate last = LocalDate.of(2022, 3, 31);
        SiteSearch.Results between =
                search.search(new SiteSearch.Query("precept", null, null, null, null, null, first, last, false, 1));
        assertThat(between.total()).isPositive().isLessThan(all.total());
        assertThat(between.hits()).allSatisfy(hit -> assertThat(hit.day()).isBetween(first, last));
        assertThat(search.search(new SiteSearch.Query("precept", null, null, null, null, null, null, last, false, 1))
                        .hits())
                .allSatisfy(hit -> assertThat(hit.day()).isBeforeOrEqualTo(last));

        Document page = Jsoup.parse(mvc.perform(get(
                        "/search?q=precept&from.day=1&from.month=1&from.year=2022&to.day=31&to.month=3&to.year=2022"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("h2[aria-live]").text()).isEqualTo(between.total() + " results");
        assertThat(page.select("details.govuk-details").hasAttr("open")).isTrue();
        assertThat(page.select("#from").val()).isEqualTo("1");
        assertThat(page.select("a[href*=kind=Minutes]").attr("href"))
                .contains("q=precept")
                .contains("from.year=2022")
                .contains("to.month=3");
    }

    @Test
    void a_date_that_is_not_real_or_a_range_the_wrong_way_round_says_so_and_searches_nothing() throws Exception {
        Document unreal = Jsoup.parse(mvc.perform(get("/search?q=precept&from.day=31&from.month=2&from.year=2022"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(unreal.select(".govuk-error-summary").text()).contains("The first day must be a real date");
        assertThat(unreal.select("a[href=#from]")).hasSize(1);
        assertThat(unreal.select("h2[aria-live]")).isEmpty();
        Document backwards = Jsoup.parse(mvc.perform(get(
                        "/search?q=precept&from.day=1&from.month=5&from.year=2023&to.day=1&to.month=5&to.year=2022"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(backwards.select(".govuk-error-summary").text())
                .contains("The last day must be the same as or after the first day");
        assertThat(backwards.select("#to").val()).isEqualTo("1");
    }

    @Test
    void the_administrator_rebuilds_the_index_from_the_table_and_sees_it_finished() throws Exception {
        mvc.perform(post("/admin/search/rebuild").with(csrf()).with(Users.ADMIN))
                .andExpect(redirectedUrl("/admin/search"));
        for (int i = 0; i < 300 && index.lastRebuild().orElseThrow().running(); i++) {
            Thread.sleep(100);
        }
        SearchIndex.Rebuild rebuild = index.lastRebuild().orElseThrow();
        assertThat(rebuild.running()).isFalse();
        assertThat(rebuild.failure()).isNull();
        assertThat(rebuild.done()).isEqualTo(index.tableCount());
        assertThat(index.indexedCount()).isEqualTo(index.tableCount());
        Document page = Jsoup.parse(Pages.html(mvc, Users.ADMIN, "/admin/search"));
        assertThat(page.select(".govuk-summary-list").text())
                .contains("Documents in the database " + index.tableCount())
                .contains("Finished: " + index.tableCount() + " documents");
        assertThat(mvc.perform(post("/admin/search/rebuild").with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(302, 401, 403);
        assertThat(find("PCSO").total()).isPositive();
    }

    @Test
    void points_are_counted_by_who_speaks_in_them_and_the_plan_by_its_themes() throws Exception {
        SiteSearch.Results precept = find("precept");
        assertThat(precept.speakers()).isNotEmpty();
        String speaker = precept.speakers().keySet().iterator().next();
        SiteSearch.Results spoken =
                search.search(new SiteSearch.Query("precept", null, null, null, null, speaker, null, null, false, 1));
        assertThat(spoken.total()).isEqualTo(precept.speakers().get(speaker));
        assertThat(spoken.hits()).allSatisfy(hit -> {
            assertThat(hit.kind()).isEqualTo("Minutes");
            assertThat(hit.title()).contains(", point ");
        });

        SiteSearch.Results plan = search.search(new SiteSearch.Query("police", "Plan deliverable", null, false, 1));
        assertThat(plan.themes()).isNotEmpty();
        assertThat(plan.themes().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(plan.total());
        String theme = plan.themes().keySet().iterator().next();
        Document page = Jsoup.parse(mvc.perform(get("/search")
                        .param("q", "police")
                        .param("kind", "Plan deliverable")
                        .param("theme", theme))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("h2[aria-live]").text()).isEqualTo(plan.themes().get(theme) + " results");
        assertThat(page.select("a[href*=speaker=]")).isEmpty();
    }

    @Test
    void whatever_is_typed_gets_a_page() throws Exception {
        for (String address : List.of(
                "/search",
                "/search?q=",
                "/search?q=%22unbalanced",
                "/search?q=*",
                "/search?q=precept&page=-1",
                "/search?q=precept&page=abc&year=abc",
                "/search?q=(((",
                "/search?q=precept&from.day=x&from.month=%00&from.year=99999999999&to.year=-1",
                "/search?q=" + "a".repeat(10_000))) {
            int status = mvc.perform(get(address)).andReturn().getResponse().getStatus();
            assertThat(status)
                    .as(address.substring(0, Math.min(60, address.length())))
                    .isEqualTo(200);
        }
        Document nothing = Jsoup.parse(mvc.perform(get("/search?q=zzzzqqqqxxxx"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(nothing.select("h2").eachText()).contains("No results");
        assertThat(nothing.text()).contains("check the spelling");
        Document cut = Jsoup.parse(mvc.perform(get("/search?q=" + "precept ".repeat(100)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(cut.text()).contains("Only the first 500 characters");
    }
}
