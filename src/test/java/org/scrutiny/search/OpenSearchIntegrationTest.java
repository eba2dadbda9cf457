package org.scrutiny.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.scrutiny.ScrutinyApplication;
import org.scrutiny.recommendations.RecommendationLedger;
import org.scrutiny.search.domain.SearchIndex;
import org.scrutiny.search.domain.SiteSearch;
import org.scrutiny.support.OpenSearchServer;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Every test of the search again, with the index kept by a real OpenSearch node
 * ({@link OpenSearchServer}) and the changes carried by Hibernate Search's outbox; and two
 * application nodes on one database and one index, each change indexed once.
 */
@ScrutinyTest
// The tests bring the search's table up to date themselves, so that they know what each node wrote.
@TestPropertySource(properties = {"scrutiny.search.backend=opensearch", "scrutiny.search.poll-interval=PT1H"})
// Closed while its database runs: at the JVM's end the embedded PostgreSQL stops by a hook of its
// own, and the outbox's event processor would wait for it to leave the cluster.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OpenSearchIntegrationTest extends SearchIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void node(DynamicPropertyRegistry registry) {
        registry.add("scrutiny.search.uris", OpenSearchServer::uri);
    }

    @Test
    void the_index_is_kept_by_opensearch_and_the_changes_pass_through_the_outbox() {
        assertThat(index.backend()).startsWith("OpenSearch at " + OpenSearchServer.uri());
        assertThat(agents()).isPositive();
        assertThat(index.indexedCount()).isEqualTo(index.tableCount()).isPositive();
    }

    @Test
    void two_nodes_share_the_index_and_each_change_is_indexed_once_whichever_node_makes_it() throws Exception {
        HikariDataSource database = (HikariDataSource) jdbc.getDataSource();
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ScrutinyApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.getJdbcUrl(),
                        "--spring.datasource.username=" + database.getUsername(),
                        "--spring.datasource.password=" + database.getPassword(),
                        "--scrutiny.search.backend=opensearch",
                        "--scrutiny.search.uris=" + OpenSearchServer.uri(),
                        "--scrutiny.search.poll-interval=PT1H",
                        "--scrutiny.publications.poll-interval=PT1H",
                        "--scrutiny.mail.poll-interval=PT1H",
                        "--scrutiny.updates.poll-interval=PT1H")) {
            for (int i = 0; i < 100 && agents() < 2; i++) {
                Thread.sleep(100);
            }
            assertThat(agents()).as("both nodes process the outbox").isEqualTo(2);
            SearchIndex secondIndex = second.getBean(SearchIndex.class);
            SiteSearch secondSearch = second.getBean(SiteSearch.class);
            long meeting = meetings.meetingsBetween(LocalDate.of(2022, 3, 23), LocalDate.of(2022, 3, 23))
                    .get(0)
                    .id();

            long before = indexingOperations();
            recommendations.recordReport(
                    meeting, "Twin nodes check", "A qqtwinfirst report.", LocalDate.of(2026, 11, 3), null);
            int writtenByFirst = index.refresh();
            upToDate();
            assertThat(writtenByFirst).isPositive();
            assertThat(secondSearch
                            .search(new SiteSearch.Query("qqtwinfirst", null, null, false, 1))
                            .total())
                    .as("a change made on the first node is found on the second")
                    .isEqualTo(1);
            assertThat(indexingOperations() - before)
                    .as("each document written is indexed once, by one of the two nodes")
                    .isEqualTo(writtenByFirst);

            before = indexingOperations();
            second.getBean(RecommendationLedger.class)
                    .recordReport(
                            meeting, "Twin nodes check", "A qqtwinsecond report.", LocalDate.of(2026, 11, 4), null);
            int writtenBySecond = secondIndex.refresh();
            upToDate();
            assertThat(find("qqtwinsecond").total())
                    .as("a change made on the second node is found on the first")
                    .isEqualTo(1);
            assertThat(indexingOperations() - before).isEqualTo(writtenBySecond);
        }
    }

    private int agents() {
        Integer count = jdbc.queryForObject(
                "select count(*) from hsearch_agent where type = 'EVENT_PROCESSING_DYNAMIC_SHARDING'", Integer.class);
        return count == null ? 0 : count;
    }

    /** How many documents OpenSearch has been asked to write into the index since it was made. */
    private long indexingOperations() throws Exception {
        HttpResponse<String> stats = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(OpenSearchServer.uri() + "/published-write/_stats/indexing"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Matcher total = Pattern.compile("\"primaries\":\\{\"indexing\":\\{\"index_total\":(\\d+)")
                .matcher(stats.body());
        assertThat(total.find()).as(stats.body()).isTrue();
        return Long.parseLong(total.group(1));
    }
}
