package org.scrutiny.search.domain;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.scrutiny.search.NewMatches;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches what the panel has published: the words as typed ("quoted phrases", -excluded words),
 * titles weighing three times body text, the latest first where relevance ties; when nothing
 * matches exactly, words a letter or two away ("precpet") instead. Snippets come with the matched
 * words marked and every other character escaped, so that no published text can inject markup.
 */
@Service
public class SiteSearch implements NewMatches {

    public static final int PAGE_SIZE = 20;

    /** Longer queries are cut: nobody types more, and the cost of a query grows with its words. */
    public static final int LONGEST_QUERY = 500;

    /**
     * Up to this many matches are counted exactly, with the counts by kind, year and so on; beyond
     * it, the counts are estimated from a fair sample of about {@link #SAMPLED_MATCHES} of them (a
     * query matching a tenth of a million paragraphs would otherwise count every one).
     */
    static final int COUNTED_EXACTLY = 2_000;

    static final int SAMPLED_MATCHES = 8_000;

    private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of("kinds");
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");
    private static final AggregationKey<Map<String, Long>> MEETINGS = AggregationKey.of("meetings");
    private static final AggregationKey<Map<String, Long>> THEMES = AggregationKey.of("themes");
    private static final AggregationKey<Map<String, Long>> SPEAKERS = AggregationKey.of("speakers");

    private final EntityManager entityManager;
    private final SearchBackend backend;
    private final int countedExactly;
    private final int sampledMatches;

    @Autowired
    SiteSearch(EntityManager entityManager, SearchBackend backend) {
        this(entityManager, backend, COUNTED_EXACTLY, SAMPLED_MATCHES);
    }

    /** With other limits to exact counting and to the sample: for a test, on the demo's few documents. */
    SiteSearch(EntityManager entityManager, SearchBackend backend, int countedExactly, int sampledMatches) {
        this.countedExactly = countedExactly;
        this.sampledMatches = sampledMatches;
        this.entityManager = entityManager;
        this.backend = backend;
    }

    /**
     * What was asked: the words, and any narrowing to a kind, a municipal year, a meeting or the
     * days between two dates (either may be null); newest first when asked.
     */
    public record Query(
            String words,
            String kind,
            Integer year,
            String meeting,
            String theme,
            String speaker,
            LocalDate from,
            LocalDate to,
            boolean newestFirst,
            int page) {

        public Query(String words, String kind, Integer year, boolean newestFirst, int page) {
            this(words, kind, year, null, null, null, null, null, newestFirst, page);
        }

        public Query(String words, String kind, Integer year, String meeting, boolean newestFirst, int page) {
            this(words, kind, year, meeting, null, null, null, null, newestFirst, page);
        }
    }

    /** One hit: where it is, what it is, and its snippets (escaped HTML with {@code <mark>}). */
    public record Hit(String title, String href, String kind, LocalDate day, String meeting, String snippet) {}

    /** The hits of one page, how many in all, the counts, and whether words a letter away were used. */
    public record Results(List<Hit> hits, long total, Counts counts, boolean similarWords) {

        public Map<String, Long> kinds() {
            return counts.kinds();
        }

        public Map<Integer, Long> years() {
            return counts.years();
        }

        public Map<String, Long> meetings() {
            return counts.meetings();
        }

        public Map<String, Long> themes() {
            return counts.themes();
        }

        public Map<String, Long> speakers() {
            return counts.speakers();
        }

        /** Whether the counts (and the total) are estimates, from a sample of a great many matches. */
        public boolean estimated() {
            return counts.estimated();
        }

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    @Transactional(readOnly = true)
    public Results search(Query query) {
        String words =
                query.words().length() > LONGEST_QUERY ? query.words().substring(0, LONGEST_QUERY) : query.words();
        Results exact = run(query, words, false);
        if (exact.total() > 0) {
            return exact;
        }
        return run(query, words, true);
    }

    private Results run(Query query, String words, boolean similar) {
        SearchSession session = Search.session(entityManager);
        SearchScope<SearchDocument> scope = session.scope(SearchDocument.class);
        SearchPredicate asked = asked(scope.predicate(), query, words, similar);
        int page = Math.max(1, query.page());
        SearchResult<List<?>> result = session.search(scope)
                .select(f -> f.composite(f.entity(), f.highlight("body")))
                .where(asked)
                .highlighter(f -> {
                    var highlighter = f.unified()
                            .tag("<mark>", "</mark>")
                            .encoder(HighlighterEncoder.HTML)
                            .numberOfFragments(2)
                            .noMatchSize(180);
                    // OpenSearch cuts a sentence into fragments of 100 characters, even inside a
                    // phrase; Lucene's unified highlighter keeps whole sentences (and has no such
                    // setting), which this brings OpenSearch close to.
                    return backend.shared() ? highlighter.fragmentSize(500) : highlighter;
                })
                .sort(f -> query.newestFirst()
                        ? f.field("day").desc().missing().last().then().score()
                        : f.score().then().field("day").desc().missing().last())
                .totalHitCountThreshold(countedExactly)
                .fetch((page - 1) * PAGE_SIZE, PAGE_SIZE);
        List<Hit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            SearchDocument document = (SearchDocument) row.get(0);
            @SuppressWarnings("unchecked")
            List<String> body = (List<String>) row.get(1);
            hits.add(new Hit(
                    document.getTitle(),
                    document.getHref(),
                    document.getKind(),
                    document.getDay(),
                    document.getMeeting(),
                    String.join(" … ", body)));
        }
        Counts counts;
        if (!result.total().isHitCountExact()) {
            counts = counts(session, scope, asked, samplesFor(session, scope, asked));
        } else if (result.total().hitCount() > 0) {
            counts = counts(session, scope, asked, SearchDocument.SAMPLES);
        } else {
            counts = Counts.NONE;
        }
        long total = result.total().isHitCountExact() ? result.total().hitCount() : counts.total();
        return new Results(hits, total, counts, similar);
    }

    /** The words and every narrowing asked for. */
    private static SearchPredicate asked(SearchPredicateFactory f, Query query, String words, boolean similar) {
        return f.bool(root -> {
                    root.must(matching(f, words, similar));
                    if (query.kind() != null) {
                        root.filter(f.match().field("kind").matching(query.kind()));
                    }
                    if (query.year() != null) {
                        root.filter(f.match().field("startYear").matching(query.year()));
                    }
                    if (query.meeting() != null) {
                        root.filter(f.match().field("meeting").matching(query.meeting()));
                    }
                    if (query.theme() != null) {
                        root.filter(f.match().field("theme").matching(query.theme()));
                    }
                    if (query.speaker() != null) {
                        root.filter(f.match().field("speaker").matching(query.speaker()));
                    }
                    if (query.from() != null || query.to() != null) {
                        root.filter(f.range().field("day").between(query.from(), query.to()));
                    }
                })
                .toPredicate();
    }

    /** The counts by kind, year, meeting, theme and speaker, and the number of matches, estimated when from a sample. */
    public record Counts(
            long total,
            Map<String, Long> kinds,
            Map<Integer, Long> years,
            Map<String, Long> meetings,
            Map<String, Long> themes,
            Map<String, Long> speakers,
            boolean estimated) {

        static final Counts NONE = new Counts(0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), false);
    }

    /**
     * How many of the {@link SearchDocument#SAMPLES} parts of the matches to count so that about
     * {@link #SAMPLED_MATCHES} are counted: the matches in one part, times the parts, estimate
     * how many there are in all.
     */
    private int samplesFor(SearchSession session, SearchScope<SearchDocument> scope, SearchPredicate asked) {
        long inOne = session.search(scope)
                .where(f -> f.and(asked, f.match().field("sample").matching(0).toPredicate()))
                .fetchTotalHitCount();
        long estimated = Math.max(1, inOne) * SearchDocument.SAMPLES;
        return (int) Math.max(
                1, Math.min(SearchDocument.SAMPLES, (long) sampledMatches * SearchDocument.SAMPLES / estimated));
    }

    /**
     * The counts over the matches in the first {@code samples} parts, scaled to all of them. The
     * meetings are counted only when every match is: a sample of thousands of matches spread over
     * thousands of meetings says nothing about any one meeting, and counting thousands of distinct
     * meetings is the dearest of the counts.
     */
    private static Counts counts(
            SearchSession session, SearchScope<SearchDocument> scope, SearchPredicate asked, int samples) {
        boolean all = samples >= SearchDocument.SAMPLES;
        var counting = session.search(scope)
                .where(f -> all
                        ? f.and(asked)
                        : f.bool().must(asked).filter(f.range().field("sample").lessThan(samples)))
                .aggregation(KINDS, f -> f.terms().field("kind", String.class).maxTermCount(20))
                .aggregation(
                        YEARS, f -> f.terms().field("startYear", Integer.class).maxTermCount(50))
                .aggregation(THEMES, f -> f.terms().field("theme", String.class).maxTermCount(10))
                .aggregation(
                        SPEAKERS, f -> f.terms().field("speaker", String.class).maxTermCount(10));
        if (all) {
            counting = counting.aggregation(
                    MEETINGS, f -> f.terms().field("meeting", String.class).maxTermCount(10));
        }
        SearchResult<?> counted = counting.fetch(0);
        long parts = all ? 1 : SearchDocument.SAMPLES;
        Map<Integer, Long> years = new TreeMap<>(Comparator.reverseOrder());
        years.putAll(scaled(counted.aggregation(YEARS), parts, samples));
        return new Counts(
                all ? counted.total().hitCount() : counted.total().hitCount() * parts / samples,
                scaled(counted.aggregation(KINDS), parts, samples),
                years,
                all ? counted.aggregation(MEETINGS) : Map.of(),
                scaled(counted.aggregation(THEMES), parts, samples),
                scaled(counted.aggregation(SPEAKERS), parts, samples),
                !all);
    }

    private static <K> Map<K, Long> scaled(Map<K, Long> counts, long parts, long of) {
        if (parts == 1) {
            return counts;
        }
        Map<K, Long> scaled = new LinkedHashMap<>();
        counts.forEach((key, count) -> scaled.put(key, count * parts / of));
        return scaled;
    }

    @Override
    @Transactional(readOnly = true)
    public List<NewMatches.Match> since(String words, Instant since, int most) {
        String asked = words.length() > LONGEST_QUERY ? words.substring(0, LONGEST_QUERY) : words;
        if (asked.isBlank()) {
            return List.of();
        }
        try {
            return Search.session(entityManager)
                    .search(SearchDocument.class)
                    .where((f, root) -> {
                        root.add(matching(f, asked, false));
                        root.add(f.range().field("firstIndexedAt").atLeast(since));
                    })
                    .sort(f -> f.field("firstIndexedAt").asc())
                    .fetchHits(most)
                    .stream()
                    .map(document -> new NewMatches.Match(
                            document.getKey(),
                            document.getKind(),
                            document.getTitle(),
                            document.getHref(),
                            document.getDay(),
                            document.getFirstIndexedAt()))
                    .toList();
        } catch (SearchException unreadable) {
            return List.of();
        }
    }

    /**
     * The words as typed, or, for the second try, each plain word of three letters or more allowed
     * one letter of difference (two from eight letters; two letters swapped count as one); every
     * word still has to match, and numbers, quoted phrases and excluded words are kept as they
     * were typed.
     */
    private static SearchPredicate matching(SearchPredicateFactory f, String words, boolean similar) {
        return f.simpleQueryString()
                .field("title")
                .boost(3f)
                .field("body")
                .matching(similar ? similarWords(words) : words)
                .defaultOperator(BooleanOperator.AND)
                .toPredicate();
    }

    static String similarWords(String words) {
        StringBuilder similar = new StringBuilder();
        boolean inPhrase = false;
        for (String part : words.split("(?<=\\s)|(?=\\s)")) {
            long quotes = part.chars().filter(c -> c == '"').count();
            boolean plain = !inPhrase && quotes == 0 && part.length() > 2 && part.matches("[\\p{L}'’]+");
            similar.append(plain ? part + "~" + (part.length() < 8 ? 1 : 2) : part);
            if (quotes % 2 == 1) {
                inPhrase = !inPhrase;
            }
        }
        return similar.toString();
    }
}
