package org.scrutiny.search.domain;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Where the search index lives. By default ({@code lucene}) each node keeps its own index under
 * the data folder. With {@code SCRUTINY_SEARCH_BACKEND=opensearch} the index is kept by an
 * OpenSearch (or Elasticsearch) cluster at {@code SCRUTINY_SEARCH_URIS}, shared by every node, and
 * Hibernate Search's outbox-polling coordination carries each change: the change is written to an
 * outbox table in the same transaction as the document, and one node's event processor indexes it,
 * so a change is indexed once, after a crash too.
 */
@Component
public class SearchBackend implements HibernatePropertiesCustomizer {

    public static final String LUCENE = "lucene";
    public static final String OPENSEARCH = "opensearch";

    private final String backend;
    private final String uris;
    private final String username;
    private final String password;

    SearchBackend(
            @Value("${scrutiny.search.backend:lucene}") String backend,
            @Value("${scrutiny.search.uris:http://127.0.0.1:9200}") String uris,
            @Value("${scrutiny.search.username:}") String username,
            @Value("${scrutiny.search.password:}") String password) {
        this.backend = backend.strip().toLowerCase(java.util.Locale.ROOT);
        if (!this.backend.equals(LUCENE) && !this.backend.equals(OPENSEARCH)) {
            throw new IllegalStateException(
                    "SCRUTINY_SEARCH_BACKEND must be \"lucene\" or \"opensearch\", not \"" + backend + "\"");
        }
        this.uris = uris;
        this.username = username;
        this.password = password;
    }

    /** Whether every node shares one index (OpenSearch) rather than keeping its own (Lucene). */
    public boolean shared() {
        return backend.equals(OPENSEARCH);
    }

    /** The name shown to the administrator. */
    public String describe() {
        return shared() ? "OpenSearch at " + uris + ", shared by every node" : "Lucene, on this node";
    }

    @Override
    public void customize(Map<String, Object> properties) {
        if (!shared()) {
            properties.put("hibernate.search.backend.type", "lucene");
            return;
        }
        properties.keySet().removeIf(key -> key.startsWith("hibernate.search.backend.directory."));
        properties.put("hibernate.search.backend.type", "elasticsearch");
        properties.put("hibernate.search.backend.uris", uris);
        if (!username.isBlank()) {
            properties.put("hibernate.search.backend.username", username);
            properties.put("hibernate.search.backend.password", password);
        }
        properties.put("hibernate.search.coordination.strategy", "outbox-polling");
        // A field added by a newer release is added to the cluster's index as the node starts
        // (rather than refusing to start); the documents gain it at the next rebuild (/admin/search).
        properties.put("hibernate.search.schema_management.strategy", "create-or-update");
    }
}
