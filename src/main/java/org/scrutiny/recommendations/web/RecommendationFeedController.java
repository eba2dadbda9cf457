package org.scrutiny.recommendations.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.recommendations.domain.Recommendation;
import org.scrutiny.recommendations.domain.RecommendationService;
import org.scrutiny.shared.London;
import org.scrutiny.shared.audit.AuditTrail;
import org.scrutiny.shared.web.AtomFeed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Recommendations and the Commissioner's responses, as an Atom feed. */
@Controller
class RecommendationFeedController {

    private final RecommendationService recommendations;
    private final PanelMembership membership;
    private final AuditTrail audit;
    private final String publicUrl;

    /** A feed reader wants what is new, not the panel's whole history. */
    static final int FEED_ENTRIES = 50;

    RecommendationFeedController(
            RecommendationService recommendations,
            PanelMembership membership,
            AuditTrail audit,
            @Value("${scrutiny.public-url}") String publicUrl) {
        this.recommendations = recommendations;
        this.membership = membership;
        this.audit = audit;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @GetMapping("/recommendations.atom")
    ResponseEntity<String> feed() {
        String panel = membership.panel().name();
        List<Recommendation> all = recommendations.latest(FEED_ENTRIES);
        Map<Object, Instant> changed = audit.lastChanges(
                Recommendation.class, all.stream().map(Recommendation::getId).toList());
        List<AtomFeed.Item> items = all.stream()
                .map(r -> new AtomFeed.Item(
                        publicUrl + "/recommendations/" + r.getId(),
                        r.getTitle(),
                        changed.getOrDefault(
                                r.getId(),
                                r.getSentOn().atStartOfDay(London.ZONE).toInstant()),
                        r.statusOn(recommendations.today()).label()
                                + (r.getOutcome() != null
                                        ? ": " + r.getOutcome().label()
                                        : "")))
                .toList();
        return AtomFeed.response(
                publicUrl + "/recommendations.atom", "Recommendations and responses of the " + panel, panel, items);
    }
}
