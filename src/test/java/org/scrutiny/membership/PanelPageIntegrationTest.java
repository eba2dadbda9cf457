package org.scrutiny.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.Users.SECRETARIAT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.scrutiny.membership.domain.MembershipService;
import org.scrutiny.membership.domain.PanelDocument;
import org.scrutiny.membership.domain.PanelDocumentService;
import org.scrutiny.membership.domain.Person;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.Papers;
import org.scrutiny.support.ScrutinyTest;
import org.scrutiny.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The panel's own page: what it does and who is on it, from the records; its documents, as the secretariat uploads them. */
@ScrutinyTest
class PanelPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PanelDocumentService documents;

    @Autowired
    TestClock clock;

    @Autowired
    PanelMembership membership;

    @Autowired
    MembershipService people;

    private Document page(String address) throws Exception {
        String html = mvc.perform(get(address)).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private MockHttpServletResponse upload(String kind, String title, MockMultipartFile file) throws Exception {
        var request = multipart("/manage/panel/documents").param("title", title);
        if (kind != null) {
            request.param("kind", kind);
        }
        if (file != null) {
            request.file(file);
        }
        return mvc.perform(request.with(SECRETARIAT).with(csrf())).andReturn().getResponse();
    }

    @Test
    void the_page_says_what_the_panel_is_from_its_details_and_its_members_on_the_day() throws Exception {
        // 1 December 2022, in the 2022/23 municipal year: the seed minutes name the Chair and Vice-Chair.
        clock.set(LocalDateTime.of(2022, 12, 1, 9, 0));
        try {
            Document about = page("/about");
            String text = about.select("main").text();
            // Other tests change the panel's contact details: the page is checked against them as they stand.
            PanelDetails details = membership.panel();
            assertThat(about.select("h1").text()).isEqualTo("About the panel");
            assertThat(text)
                    .contains(details.name() + " is the statutory committee")
                    .contains("Police and Crime Commissioner for " + details.policeForceArea())
                    .contains(details.hostAuthority() + ", the host authority")
                    .contains("Chair: Edward Leigh", "Vice-Chair: Claire George");
            assertThat(about.select("a[href=mailto:" + details.email() + "]")).isNotEmpty();
            assertThat(about.select("main a").eachAttr("href"))
                    .contains("/members", "/questions/new", "/precept", "/hearings", "/recommendations", "/meetings");
            assertThat(HtmlChecker.errorsIn(about.outerHtml())).isEmpty();
        } finally {
            clock.reset();
        }
    }

    @Test
    void a_document_the_secretariat_uploads_is_listed_and_sent_and_taken_off_again() throws Exception {
        byte[] pdf = Papers.taggedPdf("Rules of procedure", 3);
        MockHttpServletResponse sent = upload(
                "RULES_OF_PROCEDURE",
                "Rules of procedure (revised 2026)",
                new MockMultipartFile("file", "rules.pdf", "application/pdf", pdf));
        assertThat(sent.getRedirectedUrl()).isEqualTo("/manage/panel/documents");
        PanelDocument uploaded = documents.documents().stream()
                .filter(d -> d.getTitle().equals("Rules of procedure (revised 2026)"))
                .findFirst()
                .orElseThrow();
        assertThat(uploaded.getKind()).isEqualTo(PanelDocument.Kind.RULES_OF_PROCEDURE);
        assertThat(uploaded.describe()).endsWith("3 pages");

        Element link = page("/about").selectFirst("main a[href=/about/documents/" + uploaded.getId() + "]");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("Rules of procedure (revised 2026)");
        assertThat(link.parent().text()).contains("PDF", "3 pages");

        MockHttpServletResponse file = mvc.perform(get("/about/documents/" + uploaded.getId()))
                .andReturn()
                .getResponse();
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(file.getContentAsByteArray()).isEqualTo(pdf);

        MockHttpServletResponse stale = mvc.perform(post("/manage/panel/documents/" + uploaded.getId() + "/remove")
                        .param("version", String.valueOf(uploaded.getVersion() + 1))
                        .with(SECRETARIAT)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(documents.documents()).extracting(PanelDocument::getId).contains(uploaded.getId());

        mvc.perform(post("/manage/panel/documents/" + uploaded.getId() + "/remove")
                .param("version", String.valueOf(uploaded.getVersion()))
                .with(SECRETARIAT)
                .with(csrf()));
        assertThat(page("/about").select("main a[href=/about/documents/" + uploaded.getId() + "]"))
                .isEmpty();
        assertThat(mvc.perform(get("/about/documents/" + uploaded.getId()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void no_kind_and_no_file_or_a_file_that_is_not_a_paper_are_named_and_nothing_is_published() throws Exception {
        int before = documents.documents().size();
        MockHttpServletResponse refused = upload(null, "Notes", null);

        assertThat(refused.getStatus()).isEqualTo(200);
        Document form = Jsoup.parse(refused.getContentAsString());
        assertThat(form.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactlyInAnyOrder("#kind", "#file");
        assertThat(form.select("#title").val()).isEqualTo("Notes");
        assertThat(HtmlChecker.errorsIn(refused.getContentAsString())).isEmpty();

        MockHttpServletResponse wrongFile = upload(
                "OTHER",
                "",
                new MockMultipartFile(
                        "file", "notes.txt", "text/plain", "Just some notes".getBytes(StandardCharsets.UTF_8)));
        assertThat(Jsoup.parse(wrongFile.getContentAsString())
                        .select("#file-error")
                        .text())
                .contains("must be a PDF or a Word document");
        assertThat(documents.documents()).hasSize(before);
    }

    @Test
    void every_name_on_the_members_page_leads_to_the_persons_page_with_their_roles_and_nothing_private()
            throws Exception {
        Document members = page("/members");
        List<String> pages = members.select("main a[href^=/people/]").eachAttr("href");
        assertThat(pages).isNotEmpty();
        for (String href : pages) {
            MockHttpServletResponse response =
                    mvc.perform(get(href)).andReturn().getResponse();
            assertThat(response.getStatus()).as(href).isEqualTo(200);
            assertThat(HtmlChecker.errorsIn(response.getContentAsString()))
                    .as(href)
                    .isEmpty();
            assertThat(response.getContentAsString()).as(href).doesNotContain("@demo.scrutiny.test");
        }

        String chair = members.select("main a:contains(Edward Leigh)").first().attr("href");
        String leigh = page(chair).select("main").text();
        assertThat(leigh)
                .contains("Independent member co-opted by the panel")
                .contains("Chair 2022/23")
                .contains("Attendance at meetings");
        String attendance =
                page(chair).select("main a:contains(Attendance at meetings)").attr("href");
        // Without a year it opens on the latest year the minutes record him in (2022/23 in the demo;
        // other tests minute later meetings he is cast in), never on a year without him (a 404).
        MockHttpServletResponse record =
                mvc.perform(get(attendance)).andReturn().getResponse();
        assertThat(record.getStatus()).isEqualTo(200);
        Document attended = Jsoup.parse(record.getContentAsString());
        assertThat(attended.select("h1").text()).isEqualTo("Edward Leigh");
        assertThat(attended.select("main tbody tr")).isNotEmpty();
        String commissioner =
                members.select("main a:contains(Darryl Preston)").first().attr("href");
        assertThat(page(commissioner).select("main").text()).contains("Police and Crime Commissioner");

        Person nobody = people.addPerson(new Person.Details("Anne", "Nobody", "anne@example.com", null));
        assertThat(mvc.perform(get("/people/" + nobody.getId()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("someone in no public role has no public page")
                .isEqualTo(404);
    }
}
