package org.scrutiny.plan.web;

import java.time.Duration;
import java.util.List;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.plan.domain.DecisionNotice;
import org.scrutiny.plan.domain.Deliverable;
import org.scrutiny.plan.domain.PlanDecision;
import org.scrutiny.plan.domain.PlanService;
import org.scrutiny.plan.domain.PolicePlan;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.London;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.web.AtomFeed;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.Option;
import org.scrutiny.shared.web.UploadedFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The plan, its deliverables and the Commissioner's decisions, as the public reads them. */
@Controller
class PublicPlanController {

    private final PlanService plans;
    private final PanelMembership membership;
    private final String publicUrl;

    PublicPlanController(
            PlanService plans, PanelMembership membership, @Value("${scrutiny.public-url}") String publicUrl) {
        this.plans = plans;
        this.membership = membership;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @GetMapping("/plan")
    String plan(
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String plan,
            Model model) {
        Long planId = Forms.id(plan);
        PolicePlan shown = planId != null
                ? plans.plan(planId)
                : plans.current().orElseThrow(() -> new RecordNotFoundException("Police and Crime Plan", 0));
        Long themeId = Forms.id(theme);
        Deliverable.Status chosen = status(status);
        model.addAttribute("plan", shown);
        model.addAttribute("panelReports", plans.panelReportsOn(shown.getId()));
        model.addAttribute("plans", plans.plans());
        model.addAttribute("themes", plans.deliverablesOf(shown.getId(), themeId, chosen));
        model.addAttribute("themeOptions", PlanForms.themeOptions(plans.themesOf(shown.getId()), "All themes"));
        model.addAttribute("statusOptions", PlanForms.statusOptions("Any status"));
        model.addAttribute("theme", themeId == null ? "" : themeId.toString());
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        return "plan/public/plan";
    }

    private static Deliverable.Status status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Deliverable.Status.valueOf(value.trim());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    @GetMapping("/plan/deliverables/{id}")
    String deliverable(@PathVariable long id, Model model) {
        Deliverable deliverable = plans.deliverable(id);
        model.addAttribute("deliverable", deliverable);
        model.addAttribute("theme", plans.theme(deliverable.getThemeId()));
        model.addAttribute("decisions", plans.decisionsFor(id));
        return "plan/public/deliverable";
    }

    @GetMapping("/decisions")
    String decisions(
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String theme,
            @RequestParam(defaultValue = "false") boolean key,
            Model model) {
        Integer chosenYear = Forms.id(year) == null ? null : Forms.id(year).intValue();
        Long themeId = Forms.id(theme);
        List<PlanDecision> shown = plans.decisions(chosenYear, themeId, key);
        model.addAttribute("decisions", shown);
        model.addAttribute("themes", plans.themesById());
        model.addAttribute(
                "yearOptions",
                Forms.withFirst(
                        "Any year",
                        plans.decisionYears().stream()
                                .map(y -> Option.of(y, y.toString()))
                                .toList()));
        model.addAttribute(
                "themeOptions",
                PlanForms.themeOptions(
                        plans.current().map(p -> plans.themesOf(p.getId())).orElse(List.of()), "All themes"));
        model.addAttribute("year", chosenYear == null ? "" : chosenYear.toString());
        model.addAttribute("theme", themeId == null ? "" : themeId.toString());
        model.addAttribute("key", key);
        model.addAttribute("expected", plans.expected());
        return "plan/public/decisions";
    }

    /** The 50 newest decisions taken, as an Atom feed. */
    @GetMapping("/decisions.atom")
    ResponseEntity<String> feed() {
        String panel = membership.panel().name();
        List<AtomFeed.Item> items = plans.decisions(null, null, false).stream()
                .limit(50)
                .map(decision -> new AtomFeed.Item(
                        publicUrl + "/decisions/" + decision.getId(),
                        decision.getReference() + ": " + decision.getTitle(),
                        decision.getDecidedOn()
                                .atTime(12, 0)
                                .atZone(London.ZONE)
                                .toInstant(),
                        decision.getSummary()))
                .toList();
        return AtomFeed.response(
                publicUrl + "/decisions.atom", "Decisions of the Police and Crime Commissioner", panel, items);
    }

    @GetMapping("/decisions/{id}/notice")
    ResponseEntity<byte[]> notice(@PathVariable long id) {
        DecisionNotice notice = plans.noticeWithContent(id);
        return UploadedFiles.send(
                notice.getContent(),
                notice.getMediaType(),
                notice.getFileName(),
                CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
    }

    @GetMapping("/decisions/{id}")
    String decision(@PathVariable long id, Model model) {
        PlanDecision decision = plans.decision(id);
        model.addAttribute("decision", decision);
        model.addAttribute("theme", decision.getThemeId() == null ? null : plans.theme(decision.getThemeId()));
        model.addAttribute(
                "deliverable",
                decision.getDeliverableId() == null ? null : plans.deliverable(decision.getDeliverableId()));
        model.addAttribute(
                "meetingOptions",
                Forms.withFirst(
                        "Choose the meeting",
                        Forms.options(plans.comingMeetings(), m -> m.id(), m -> DisplayFormats.weekdayOf(m.date()))));
        model.addAttribute("form", new PlanForms.Programming());
        model.addAttribute(
                "recommendation",
                plans.recommendation(decision.getRecommendationId()).orElse(null));
        model.addAttribute("notice", plans.notice(id).orElse(null));
        return "plan/public/decision";
    }
}
