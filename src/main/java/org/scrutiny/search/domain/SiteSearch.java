package org.scrutiny.search.domain;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.scrutiny.search.NewMatches;
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

    private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of("kinds");
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");
    private static final AggregationKey<Map<String, Long>> MEETINGS = AggregationKey.of("meetings");
    private static final AggregationKey<Map<String, Long>> THEMES = AggregationKey.of("themes");
    private static final AggregationKey<Map<String, Long>> SPEAKERS = AggregationKey.of("speakers");

    private final EntityManager entityManager;
    private final SearchBackend backend;

    SiteSearch(EntityManager entityManager, SearchBackend backend) {
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

    /** The hits of one page, how many in all, the counts by kind and by year, and whether words a letter away were used. */
    public record Results(
            List<Hit> hits,
            long total,
            Map<String, Long> kinds,
            Map<Integer, Long> years,
            Map<String, Long> meetings,
            Map<String, Long> themes,
            Map<String, Long> speakers,
            boolean similarWords) {

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
        int page = Math.max(1, query.page());
        SearchResult<List<?>> result = session.search(SearchDocument.class)
                .select(f -> f.composite(f.entity(), f.highlight("body")))
                .where((f, root) -> {
                    root.add(matching(f, words, similar));
                    if (query.kind() != null) {
                        root.add(f.match().field("kind").matching(query.kind()));
                    }
                    if (query.year() != null) {
                        root.add(f.match().field("startYear").matching(query.year()));
                    }
                    if (query.meeting() != null) {
                        root.add(f.match().field("meeting").matching(query.meeting()));
                    }
                    if (query.theme() != null) {
                        root.add(f.match().field("theme").matching(query.theme()));
                    }
                    if (query.speaker() != null) {
                        root.add(f.match().field("speaker").matching(query.speaker()));
                    }
                    if (query.from() != null || query.to() != null) {
                        root.add(f.range().field("day").between(query.from(), query.to()));
                    }
                })
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
                .aggregation(KINDS, f -> f.terms().field("kind", String.class).maxTermCount(20))
                .aggregation(
                        YEARS, f -> f.terms().field("startYear", Integer.class).maxTermCount(50))
                .aggregation(
                        MEETINGS, f -> f.terms().field("meeting", String.class).maxTermCount(10))
                .aggregation(THEMES, f -> f.terms().field("theme", String.class).maxTermCount(10))
                .aggregation(
                        SPEAKERS, f -> f.terms().field("speaker", String.class).maxTermCount(10))
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
        Map<Integer, Long> years = new TreeMap<>(Comparator.reverseOrder());
        years.putAll(result.aggregation(YEARS));
        return new Results(
                hits,
                result.total().hitCount(),
                result.aggregation(KINDS),
                years,
                result.aggregation(MEETINGS),
                result.aggregation(THEMES),
                result.aggregation(SPEAKERS),
                similar);
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
     * The words as typed, or, for the second try, each plain word allowed a letter (short words) or
     * two (longer ones) of difference; every word still has to match, and quoted phrases and
     * excluded words are kept as they were typed.
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
            boolean plain = !inPhrase && quotes == 0 && part.matches("[\\p{L}\\p{N}'’]+");
            similar.append(plain ? part + "~" + (part.length() <= 4 ? 1 : 2) : part);
            if (quotes % 2 == 1) {
                inPhrase = !inPhrase;
            }
        }
        return similar.toString();
    }
}
