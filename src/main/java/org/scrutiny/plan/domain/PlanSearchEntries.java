package org.scrutiny.plan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scrutiny.search.SearchEntry;
import org.scrutiny.search.SearchSources;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Commissioner's decisions (as the public register shows them: an exempt part is never in the
 * summary) and the Police and Crime Plan's deliverables with their dated notes, for the search.
 */
@Component
class PlanSearchEntries implements SearchSources {

    private final PlanDecisions decisions;
    private final Deliverables deliverables;
    private final PlanThemes themes;

    PlanSearchEntries(PlanDecisions decisions, Deliverables deliverables, PlanThemes themes) {
        this.decisions = decisions;
        this.deliverables = deliverables;
        this.themes = themes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchEntry> entries() {
        List<SearchEntry> entries = new ArrayList<>();
        Map<Long, PlanTheme> byId =
                themes.findAll().stream().collect(Collectors.toMap(PlanTheme::getId, Function.identity()));
        for (PlanDecision decision : decisions.findAllByOrderByIdDesc()) {
            PlanTheme theme = decision.getThemeId() == null ? null : byId.get(decision.getThemeId());
            entries.add(new SearchEntry(
                    "decision:" + decision.getId(),
                    "Commissioner's decision",
                    decision.getReference() + ": " + decision.getTitle(),
                    decision.getSummary(),
                    "/decisions/" + decision.getId(),
                    decision.getDecidedOn() != null ? decision.getDecidedOn() : decision.getExpectedOn(),
                    null,
                    theme == null ? null : theme.getName(),
                    null));
        }
        for (Deliverable deliverable : deliverables.findByThemeIdInOrderByDueOnAscIdAsc(byId.keySet())) {
            String notes = deliverable.getUpdates().stream()
                    .map(DeliverableUpdate::getNote)
                    .filter(note -> note != null && !note.isBlank())
                    .collect(Collectors.joining("\n"));
            entries.add(new SearchEntry(
                    "deliverable:" + deliverable.getId(),
                    "Plan deliverable",
                    deliverable.getTitle(),
                    String.join(
                                    "\n",
                                    byId.get(deliverable.getThemeId()).getName(),
                                    deliverable.getDescription() == null ? "" : deliverable.getDescription(),
                                    notes)
                            .strip(),
                    "/plan/deliverables/" + deliverable.getId(),
                    deliverable.getDueOn(),
                    null,
                    byId.get(deliverable.getThemeId()).getName(),
                    null));
        }
        return entries;
    }
}
