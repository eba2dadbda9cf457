package org.scrutiny.search.domain;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Month;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.search.SearchEntry;
import org.scrutiny.search.SearchSources;
import org.scrutiny.shared.MunicipalYear;
import org.scrutiny.shared.database.ChangeCounter;
import org.scrutiny.shared.database.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search's table of documents the same as what the modules publish: whenever the record
 * has changed (the change counter moved), the entries every module offers are compared with the
 * table by a fingerprint of their content, and what changed is written, what is new added and what
 * is no longer offered (a withdrawn paper) removed, in one transaction on one node at a time.
 * Hibernate Search indexes the rows as that transaction commits (Lucene), or through its outbox
 * (OpenSearch, {@link SearchBackend}). If the index is missing or
 * incomplete when the application starts (a new machine, a deleted folder), it is rebuilt from the
 * table.
 */
@Component
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final List<SearchSources> sources;
    private final SearchDocuments documents;
    private final ChangeCounter changes;
    private final ClusterJobs jobs;
    private final PanelMembership membership;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SearchBackend backend;
    private volatile long indexedAt = -1;

    /** Off only for a benchmark over documents written straight into the table, which a refresh would remove. */
    private final boolean keptUpToDate;

    /** This node's last rebuild of its index, for the administrator's page. */
    private final AtomicReference<Rebuild> rebuild = new AtomicReference<>();

    SearchIndex(
            List<SearchSources> sources,
            SearchDocuments documents,
            ChangeCounter changes,
            ClusterJobs jobs,
            PanelMembership membership,
            EntityManager entityManager,
            TransactionTemplate transactions,
            JdbcTemplate jdbc,
            Clock clock,
            SearchBackend backend,
            @Value("${scrutiny.search.keep-up-to-date:true}") boolean keptUpToDate) {
        this.backend = backend;
        this.keptUpToDate = keptUpToDate;
        this.jdbc = jdbc;
        this.clock = clock;
        this.sources = sources;
        this.documents = documents;
        this.changes = changes;
        this.jobs = jobs;
        this.membership = membership;
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    /**
     * Rebuilds the index from the table when its count of documents differs from the table's: this
     * node's own index (Lucene), or the shared one (OpenSearch) once no change is waiting in the
     * outbox, by one node while the others start.
     */
    @EventListener(ApplicationReadyEvent.class)
    void checkIndex() {
        if (!backend.shared()) {
            rebuildIfIncomplete();
            return;
        }
        jobs.runAlone("search-index-check", () -> {
            if (waiting() == 0) {
                rebuildIfIncomplete();
            }
            return null;
        });
    }

    private void rebuildIfIncomplete() {
        long indexed = indexedCount();
        long rows = documents.count();
        if (indexed != rows) {
            log.info("Rebuilding the search index: {} documents indexed, {} in the table", indexed, rows);
            rebuild().toCompletableFuture().join();
        }
    }

    /** How many documents the index holds, once what was written to it can be read. */
    public long indexedCount() {
        Search.mapping(entityManager.getEntityManagerFactory())
                .scope(SearchDocument.class)
                .workspace()
                .refresh();
        return transactions.execute(status -> Search.session(entityManager)
                .search(SearchDocument.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount());
    }

    /** Changes written to the outbox and not yet indexed (always none with Lucene, which indexes as each change commits). */
    public long waiting() {
        Long count = jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class);
        return count == null ? 0 : count;
    }

    /** Where the index is kept, for the administrator. */
    public String backend() {
        return backend.describe();
    }

    /** How many documents the table holds. */
    public long tableCount() {
        return documents.count();
    }

    /** A rebuild of this node's index from the table: how far it has got, and how long it took. */
    public record Rebuild(Instant startedAt, long total, long done, Duration took, String failure) {

        public boolean running() {
            return took == null;
        }

        public int percent() {
            return total == 0 ? (running() ? 0 : 100) : (int) Math.min(100, done * 100 / total);
        }
    }

    /** The last rebuild of this node's index, if there was one since it started. */
    public Optional<Rebuild> lastRebuild() {
        return Optional.ofNullable(rebuild.get());
    }

    /**
     * Rebuilds this node's index from the table in the background (the search keeps answering from
     * what it has meanwhile), unless a rebuild is already running; its progress is
     * {@link #lastRebuild()}.
     */
    public CompletionStage<?> rebuild() {
        Rebuild running = rebuild.get();
        if (running != null && running.running()) {
            return CompletableFuture.completedFuture(null);
        }
        Instant started = clock.instant();
        long startedNanos = System.nanoTime();
        rebuild.set(new Rebuild(started, 0, 0, null, null));
        AtomicLong total = new AtomicLong();
        AtomicLong done = new AtomicLong();
        return Search.mapping(entityManager.getEntityManagerFactory())
                .scope(SearchDocument.class)
                .massIndexer()
                // One segment at the end: counts by meeting and the like read one dictionary, not one per segment.
                .mergeSegmentsOnFinish(true)
                .monitor(new MassIndexingMonitor() {
                    @Override
                    public void addToTotalCount(long increment) {
                        rebuild.set(new Rebuild(started, total.addAndGet(increment), done.get(), null, null));
                    }

                    @Override
                    public void documentsAdded(long increment) {
                        rebuild.set(new Rebuild(started, total.get(), done.addAndGet(increment), null, null));
                    }

                    @Override
                    public void documentsBuilt(long increment) {}

                    @Override
                    public void entitiesLoaded(long increment) {}

                    @Override
                    public void indexingCompleted() {}
                })
                .start()
                .whenComplete((result, failure) -> {
                    Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
                    rebuild.set(new Rebuild(
                            started, total.get(), done.get(), took, failure == null ? null : failure.getMessage()));
                    log.info("The search index was rebuilt: {} documents in {} ms", done.get(), took.toMillis());
                });
    }

    /** Brings the table up to date if anything changed since it last was. */
    @Scheduled(fixedDelayString = "${scrutiny.search.poll-interval:PT5S}", initialDelayString = "PT2S")
    public void refreshIfChanged() {
        if (!keptUpToDate) {
            return;
        }
        long revision = changes.current().revision();
        if (revision != indexedAt) {
            Integer written = jobs.runAlone("search-index", this::refresh);
            if (written != null) {
                indexedAt = revision;
            }
        }
    }

    /** Compares every module's entries with the table and writes the difference; returns how many rows changed. */
    public int refresh() {
        return transactions.execute(status -> {
            // One refresh at a time, whichever node or thread starts it.
            jdbc.queryForList("select pg_advisory_xact_lock(hashtext('search-index'))");
            Month yearStart = membership.panel().municipalYearStart();
            Map<String, String> stored = new HashMap<>();
            documents.fingerprints().forEach(row -> stored.put(row.getKey(), row.getFingerprint()));
            Set<String> offered = new HashSet<>();
            int written = 0;
            for (SearchSources source : sources) {
                for (SearchEntry entry : source.entries()) {
                    if (!offered.add(entry.key())) {
                        continue;
                    }
                    String fingerprint = fingerprint(entry);
                    if (fingerprint.equals(stored.get(entry.key()))) {
                        continue;
                    }
                    SearchDocument document = documents
                            .findById(entry.key())
                            .orElseGet(() -> new SearchDocument(entry.key(), clock.instant()));
                    document.write(
                            entry.kind(),
                            entry.title(),
                            entry.text() == null ? "" : entry.text(),
                            entry.href(),
                            entry.date(),
                            entry.date() == null
                                    ? null
                                    : MunicipalYear.containing(entry.date(), yearStart)
                                            .startYear(),
                            entry.meeting(),
                            entry.theme(),
                            entry.speaker(),
                            fingerprint);
                    documents.save(document);
                    written++;
                }
            }
            for (String key : stored.keySet()) {
                if (!offered.contains(key)) {
                    documents.deleteById(key);
                    written++;
                }
            }
            return written;
        });
    }

    private static String fingerprint(SearchEntry entry) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.join(
                            "\u0000",
                            entry.kind(),
                            entry.title(),
                            String.valueOf(entry.text()),
                            entry.href(),
                            String.valueOf(entry.date()),
                            String.valueOf(entry.meeting()),
                            String.valueOf(entry.theme()),
                            String.valueOf(entry.speaker()))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
