package org.scrutiny.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Beyond the matches counted exactly, the counts come from a fair part of them, scaled up: shown
 * here on the demo's few documents with the limits set low (count exactly up to 5 matches, and
 * sample as few as one part of the 256).
 */
@ScrutinyTest
class SampledCountsTest {

    @Autowired
    SiteSearch search;

    @Autowired
    SearchIndex index;

    @Autowired
    EntityManager entityManager;

    @Autowired
    SearchBackend backend;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void upToDate() {
        index.refresh();
    }

    private SiteSearch.Results find(SiteSearch searching, String words) {
        return transactions.execute(status -> searching.search(new SiteSearch.Query(words, null, null, false, 1)));
    }

    @Test
    void many_matches_are_counted_from_one_part_of_them_scaled_to_all() {
        SiteSearch.Results exact = find(search, "police");
        SiteSearch.Results sampled = find(new SiteSearch(entityManager, backend, 5, 1), "police");

        assertThat(exact.total()).isGreaterThan(5);
        assertThat(exact.estimated()).isFalse();
        assertThat(exact.meetings()).isNotEmpty();

        assertThat(sampled.estimated()).isTrue();
        // The same page of hits (which of several equal scores come first may differ once the
        // search stops counting: it may then skip matches that cannot beat the page).
        assertThat(sampled.hits()).hasSameSizeAs(exact.hits());
        assertThat(sampled.meetings()).as("no count by meeting from a sample").isEmpty();
        assertThat(sampled.total() % SearchDocument.SAMPLES)
                .as("one part of 256, times 256")
                .isZero();
        assertThat(sampled.kinds().values())
                .allSatisfy(count -> assertThat(count % SearchDocument.SAMPLES).isZero());
        assertThat(sampled.kinds().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(sampled.total());
    }

    @Test
    void few_matches_are_counted_exactly_whatever_the_limit() {
        SiteSearch.Results exact = find(search, "\"Business Crime Survey\"");
        SiteSearch.Results limited =
                find(new SiteSearch(entityManager, backend, 5, 8_000), "\"Business Crime Survey\"");
        assertThat(limited.estimated()).isFalse();
        assertThat(limited).isEqualTo(exact);
    }

    @Test
    void a_documents_part_is_fixed_by_its_key_and_the_parts_are_even() {
        int[] parts = new int[SearchDocument.SAMPLES];
        for (int n = 0; n < 256_000; n++) {
            SearchDocument document = new SearchDocument("bench:" + n, null);
            parts[document.getSample()]++;
            assertThat(document.getSample()).isEqualTo(new SearchDocument("bench:" + n, null).getSample());
        }
        assertThat(java.util.Arrays.stream(parts).boxed())
                .allSatisfy(count -> assertThat(count).isBetween(800, 1200));
    }
}
