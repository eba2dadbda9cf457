package org.scrutiny.recommendations.domain;

import java.util.List;
import org.scrutiny.search.SearchEntry;
import org.scrutiny.search.SearchSources;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every recommendation and report the panel sent, with the Commissioner's response, for the search. */
@Component
class RecommendationSearchEntries implements SearchSources {

    private final Recommendations recommendations;

    RecommendationSearchEntries(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchEntry> entries() {
        return recommendations.findAll().stream()
                .map(r -> new SearchEntry(
                        "recommendation:" + r.getId(),
                        r.getKind().label(),
                        r.getTitle(),
                        r.getText() + (r.getResponseText() == null ? "" : "\n" + r.getResponseText()),
                        "/recommendations/" + r.getId(),
                        r.getSentOn(),
                        null))
                .toList();
    }
}
