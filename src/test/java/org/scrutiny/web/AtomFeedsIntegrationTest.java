package org.scrutiny.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import org.assertj.core.groups.Tuple;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.papers.domain.PublicationService;
import org.scrutiny.support.Built;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@ScrutinyTest
class AtomFeedsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/meetings.atom, /meetings/4, 'Meeting, Wednesday 23 March 2022'",
        "/recommendations.atom, /recommendations/2, A simplified forward plan from the OPCC as a standing item",
        "/documents.atom, /meetings/4/versions/1/agenda-pack.pdf, 'Agenda and papers, meeting of 23 March 2022'",
        "/decisions.atom, /decisions/1, 'DEMO/2022/001: Grant to the Community Safety Partnerships'"
    })
    void each_feed_parses_as_atom_with_ids_dates_author_and_a_self_link(String path, String entryPath, String title)
            throws Exception {
        if (path.startsWith("/documents")) {
            Built.await(publications, 4);
        }
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/atom+xml");

        Feed feed = (Feed) new WireFeedInput().build(new StringReader(response.getContentAsString()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).isEqualTo(publicUrl + path);
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(feed.getAuthors())
                .extracting(a -> a.getName())
                .containsExactly("Cambridgeshire Police and Crime Panel");
        assertThat(feed.getOtherLinks())
                .extracting(Link::getRel, Link::getHref)
                .contains(Tuple.tuple("self", publicUrl + path));
        Entry entry = feed.getEntries().stream()
                .filter(e -> e.getId().equals(publicUrl + entryPath))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + entryPath));
        assertThat(entry.getTitleEx().getValue()).startsWith(title);
        assertThat(entry.getUpdated()).isNotNull();
        assertThat(entry.getAlternateLinks()).extracting(Link::getHref).containsExactly(publicUrl + entryPath);

        String page = mvc.perform(get("/meetings")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page)
                        .select("link[rel=alternate][type=application/atom+xml]")
                        .eachAttr("href"))
                .contains(path);
    }

    @Autowired
    PublicationService publications;

    @Value("${scrutiny.public-url}")
    String publicUrl;
}
