package org.scrutiny.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scrutiny.support.OpenSearchServer;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Every test of the search again, with the index kept by a real OpenSearch node
 * ({@link OpenSearchServer}) and the changes carried by Hibernate Search's outbox.
 */
@ScrutinyTest
@TestPropertySource(properties = "scrutiny.search.backend=opensearch")
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
        assertThat(jdbc.queryForObject(
                        "select count(*) from hsearch_agent where type = 'EVENT_PROCESSING_DYNAMIC_SHARDING'",
                        Integer.class))
                .isEqualTo(1);
        assertThat(index.indexedCount()).isEqualTo(index.tableCount()).isPositive();
    }
}
