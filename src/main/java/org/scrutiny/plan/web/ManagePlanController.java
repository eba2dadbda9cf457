package org.scrutiny.plan.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scrutiny.plan.domain.Deliverable;
import org.scrutiny.plan.domain.PlanDecision;
import org.scrutiny.plan.domain.PlanPanelReport;
import org.scrutiny.plan.domain.PlanService;
import org.scrutiny.plan.domain.PlanTheme;
import org.scrutiny.plan.domain.PolicePlan;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.UploadedFile;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.Option;
import org.scrutiny.shared.web.Uploads;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office keeps the plan's deliverables and the Commissioner's decisions; the secretariat puts
 * an expected decision on the work programme.
 */
@Controller
class ManagePlanController {

    private final PlanService plans;

    ManagePlanController(PlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/opcc/plan")
    String plan(Model model) {
        PolicePlan plan = plans.current().orElseThrow(() -> new RecordNotFoundException("Police and Crime Plan", 0));
        model.addAttribute("plan", plan);
        model.addAttribute("themes", plans.deliverablesOf(plan.getId(), null, null));
        return "plan/manage/plan";
    }

    @GetMapping("/opcc/plan/themes/{themeId}")
    String theme(@PathVariable long themeId, Model model) {
        PlanTheme theme = plans.theme(themeId);
        PlanForms.Theming form = new PlanForms.Theming();
        form.setName(theme.getName());
        form.setWhatWeWillDo(theme.getWhatWeWillDo());
        form.setVersion(theme.getVersion());
        model.addAttribute("theme", theme);
        model.addAttribute("form", form);
        return "plan/manage/theme";
    }

    @PostMapping("/opcc/plan/themes/{themeId}")
    String describeTheme(
            @PathVariable long themeId,
            @ModelAttribute("form") PlanForms.Theming form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        PlanTheme theme = plans.theme(themeId);
        String name = Forms.required(form.getName(), "name", "The name", 100, "Enter the theme's name", result);
        String statement = Forms.required(
                form.getWhatWeWillDo(),
                "whatWeWillDo",
                "What we will do",
                PlanForms.TEXT_LIMIT,
                "Say what the theme will do",
                result);
        if (result.hasErrors()
                || !Forms.attempt(result, () -> plans.describeTheme(themeId, form.getVersion(), name, statement))) {
            model.addAttribute("theme", theme);
            return "plan/manage/theme";
        }
        redirect.addFlashAttribute("flash", "The theme has been saved");
        return "redirect:/opcc/plan";
    }

    @GetMapping("/opcc/plan/themes/{themeId}/deliverables/new")
    String newDeliverable(@PathVariable long themeId, Model model) {
        return newPage(plans.theme(themeId), new PlanForms.Describing(), model);
    }

    @PostMapping("/opcc/plan/themes/{themeId}/deliverables/new")
    String addDeliverable(
            @PathVariable long themeId,
            @ModelAttribute("form") PlanForms.Describing form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        PlanTheme theme = plans.theme(themeId);
        Deliverable.Details details = form.details(result);
        if (result.hasErrors()) {
            return newPage(theme, form, model);
        }
        Optional<Deliverable> added =
                Forms.saved(result, () -> plans.addDeliverable(themeId, details, officer.getName()));
        if (added.isEmpty()) {
            return newPage(theme, form, model);
        }
        redirect.addFlashAttribute("flash", "The deliverable has been added to " + theme.getName());
        return "redirect:/opcc/plan/deliverables/" + added.get().getId();
    }

    private static String newPage(PlanTheme theme, PlanForms.Describing form, Model model) {
        model.addAttribute("theme", theme);
        model.addAttribute("form", form);
        return "plan/manage/deliverable-new";
    }

    @GetMapping("/opcc/plan/deliverables/{id}")
    String deliverable(@PathVariable long id, Model model) {
        return deliverablePage(id, model);
    }

    @PostMapping("/opcc/plan/deliverables/{id}")
    String describe(
            @PathVariable long id,
            @ModelAttribute("form") PlanForms.Describing form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Deliverable.Details details = form.details(result);
        if (result.hasErrors() || !Forms.attempt(result, () -> plans.describe(id, form.getVersion(), details))) {
            return deliverablePage(id, model);
        }
        redirect.addFlashAttribute("flash", "The deliverable has been saved");
        return "redirect:/opcc/plan/deliverables/" + id;
    }

    @PostMapping("/opcc/plan/deliverables/{id}/status")
    String changeStatus(
            @PathVariable long id,
            @ModelAttribute("statusForm") PlanForms.StatusChange form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        Deliverable.Status to = form.status(result);
        String note = form.note(result);
        if (result.hasErrors()
                || !Forms.attempt(
                        result, () -> plans.changeStatus(id, form.getVersion(), to, note, officer.getName()))) {
            return deliverablePage(id, model);
        }
        redirect.addFlashAttribute("flash", "The status has been changed, and the change added to its history");
        return "redirect:/opcc/plan/deliverables/" + id;
    }

    @PostMapping("/opcc/plan/deliverables/{id}/links/{kind}")
    String link(
            @PathVariable long id,
            @PathVariable String kind,
            @ModelAttribute("linkForm") PlanForms.Linking form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Long target = Forms.id(form.getTargetId());
        boolean report = "report".equals(kind);
        if (!report && !"recommendation".equals(kind)) {
            throw new RecordNotFoundException("Kind of link", 0);
        }
        if (target == null) {
            result.rejectValue(
                    "targetId", "choice", report ? "Choose the report to link" : "Choose the recommendation to link");
        }
        if (result.hasErrors()
                || !Forms.attempt(result, () -> {
                    if (report) {
                        plans.linkReport(id, form.getVersion(), target);
                    } else {
                        plans.linkRecommendation(id, form.getVersion(), target);
                    }
                })) {
            return deliverablePage(id, model);
        }
        redirect.addFlashAttribute("flash", "The link has been added");
        return "redirect:/opcc/plan/deliverables/" + id;
    }

    @PostMapping("/opcc/plan/deliverables/{id}/links/{index}/removal")
    String unlink(
            @PathVariable long id,
            @PathVariable int index,
            @ModelAttribute("unlinkForm") PlanForms.Linking form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!Forms.attempt(result, () -> plans.unlink(id, form.getVersion(), index))) {
            return deliverablePage(id, model);
        }
        redirect.addFlashAttribute("flash", "The link has been removed");
        return "redirect:/opcc/plan/deliverables/" + id;
    }

    private String deliverablePage(long id, Model model) {
        Deliverable deliverable = plans.deliverable(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PlanForms.Describing.of(deliverable));
        }
        if (!model.containsAttribute("statusForm")) {
            PlanForms.StatusChange change = new PlanForms.StatusChange();
            change.setVersion(deliverable.getVersion());
            model.addAttribute("statusForm", change);
        }
        model.addAttribute("deliverable", deliverable);
        model.addAttribute("theme", plans.theme(deliverable.getThemeId()));
        model.addAttribute("statusOptions", PlanForms.statusOptions(null));
        if (!model.containsAttribute("linkForm")) {
            model.addAttribute("linkForm", new PlanForms.Linking());
        }
        ((PlanForms.Linking) model.getAttribute("linkForm")).setVersion(deliverable.getVersion());
        List<Option> recommendationOptions = new ArrayList<>();
        recommendationOptions.add(new Option("", "Choose a recommendation"));
        plans.recommendations()
                .forEach(r -> recommendationOptions.add(
                        Option.of(r.id(), r.title() + " (" + DisplayFormats.dayOf(r.sentOn()) + ")")));
        model.addAttribute("recommendationOptions", recommendationOptions);
        List<Option> reportOptions = new ArrayList<>();
        reportOptions.add(new Option("", "Choose a report"));
        plans.reports().forEach(r -> reportOptions.add(Option.of(r.reportId(), r.title())));
        model.addAttribute("reportOptions", reportOptions);
        return "plan/manage/deliverable";
    }

    // --- decisions -----------------------------------------------------------------------------

    @GetMapping("/opcc/decisions")
    String decisions(Model model) {
        model.addAttribute("decisions", plans.allDecisions());
        return "plan/manage/decisions";
    }

    @GetMapping("/opcc/decisions/new")
    String newDecision(Model model) {
        return decisionPage(null, new PlanForms.Deciding(), model);
    }

    @PostMapping("/opcc/decisions/new")
    String record(
            @ModelAttribute("form") PlanForms.Deciding form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        PlanDecision.Details details = form.details(result);
        if (result.hasErrors()) {
            return decisionPage(null, form, model);
        }
        Optional<PlanDecision> saved = Forms.saved(result, () -> plans.record(details));
        if (saved.isEmpty()) {
            return decisionPage(null, form, model);
        }
        redirect.addFlashAttribute("flash", "The decision " + saved.get().getReference() + " has been recorded");
        return "redirect:/opcc/decisions";
    }

    @GetMapping("/opcc/decisions/{id}")
    String decision(@PathVariable long id, Model model) {
        PlanDecision decision = plans.decision(id);
        return decisionPage(decision, PlanForms.Deciding.of(decision), model);
    }

    @PostMapping("/opcc/decisions/{id}/notice")
    String attachNotice(
            @PathVariable long id,
            @ModelAttribute("noticeForm") PlanForms.NoticeUpload form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        PlanDecision decision = plans.decision(id);
        Optional<UploadedFile> file =
                Uploads.required(form.getFile(), result, "file", "Choose the decision notice to upload");
        if (result.hasErrors() || !Forms.attempt(result, () -> plans.attachNotice(id, file.orElseThrow()))) {
            return decisionPage(decision, PlanForms.Deciding.of(decision), model);
        }
        redirect.addFlashAttribute("flash", "The decision notice has been uploaded and published with the decision");
        return "redirect:/opcc/decisions/" + id;
    }

    @PostMapping("/opcc/decisions/{id}")
    String describeDecision(
            @PathVariable long id,
            @ModelAttribute("form") PlanForms.Deciding form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        PlanDecision decision = plans.decision(id);
        PlanDecision.Details details = form.details(result);
        if (result.hasErrors() || !Forms.attempt(result, () -> plans.describe(id, form.getVersion(), details))) {
            return decisionPage(decision, form, model);
        }
        redirect.addFlashAttribute("flash", "The decision has been saved");
        return "redirect:/opcc/decisions";
    }

    private String decisionPage(PlanDecision decision, PlanForms.Deciding form, Model model) {
        model.addAttribute("decision", decision);
        if (!model.containsAttribute("noticeForm")) {
            model.addAttribute("noticeForm", new PlanForms.NoticeUpload());
        }
        model.addAttribute(
                "notice",
                decision == null ? null : plans.notice(decision.getId()).orElse(null));
        model.addAttribute("maxSize", plans.uploadLimit());
        model.addAttribute("form", form);
        List<PlanTheme> themes =
                plans.current().map(plan -> plans.themesOf(plan.getId())).orElse(List.of());
        model.addAttribute("themeOptions", PlanForms.themeOptions(themes, "None"));
        List<Option> deliverableOptions = new ArrayList<>();
        deliverableOptions.add(new Option("", "None"));
        plans.current().ifPresent(plan -> plans.deliverablesOf(plan.getId(), null, null)
                .forEach(theme -> theme.deliverables()
                        .forEach(d -> deliverableOptions.add(
                                Option.of(d.getId(), theme.theme().getName() + ": " + d.getTitle())))));
        model.addAttribute("deliverableOptions", deliverableOptions);
        List<Option> recommendationOptions = new ArrayList<>();
        recommendationOptions.add(new Option("", "None"));
        plans.recommendations()
                .forEach(r -> recommendationOptions.add(
                        Option.of(r.id(), r.title() + " (" + DisplayFormats.dayOf(r.sentOn()) + ")")));
        model.addAttribute("recommendationOptions", recommendationOptions);
        return "plan/manage/decision";
    }

    // --- the panel's reports on the plan ------------------------------------------------------

    @GetMapping("/manage/plan")
    String panelReports(Model model) {
        return panelReportsPage(new PlanForms.PanelReporting(), model);
    }

    @PostMapping("/manage/plan/{planId}/reports")
    String reportOnPlan(
            @PathVariable long planId,
            @ModelAttribute("form") PlanForms.PanelReporting form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        plans.plan(planId);
        PlanPanelReport.Kind kind = Forms.choice(
                PlanPanelReport.Kind.class, form.getKind(), result, "kind", "Choose what the report is about");
        Long meetingId = Forms.id(form.getMeetingId());
        if (meetingId == null) {
            result.rejectValue("meetingId", "choice", "Choose the meeting that agreed the report");
        }
        String text = Forms.required(
                form.getText(),
                "text",
                "The report",
                PlanForms.TEXT_LIMIT,
                "Enter the panel's report and its recommendations",
                result);
        LocalDate sentOn = form.getSentOn().toDate(result, "sentOn", "the day it was sent", true);
        if (result.hasErrors()
                || !Forms.attempt(result, () -> plans.reportOnPlan(planId, kind, meetingId, text, sentOn))) {
            return panelReportsPage(form, model);
        }
        redirect.addFlashAttribute(
                "flash", "The report has been sent to the Commissioner and put into the recommendations tracker");
        return "redirect:/manage/plan";
    }

    private String panelReportsPage(PlanForms.PanelReporting form, Model model) {
        PolicePlan plan = plans.current().orElseThrow(() -> new RecordNotFoundException("Police and Crime Plan", 0));
        model.addAttribute("plan", plan);
        model.addAttribute("reports", plans.panelReportsOn(plan.getId()));
        model.addAttribute("form", form);
        List<Option> kinds = new ArrayList<>();
        for (PlanPanelReport.Kind kind : PlanPanelReport.Kind.values()) {
            kinds.add(Option.of(kind.name(), kind.label()));
        }
        model.addAttribute("kinds", kinds);
        model.addAttribute(
                "meetingOptions",
                Forms.withFirst(
                        "Choose the meeting",
                        Forms.options(
                                plans.recentMeetings(),
                                m -> m.id(),
                                m -> DisplayFormats.weekdayOf(m.date()) + ", " + m.name())));
        return "plan/manage/panel-reports";
    }

    @PostMapping("/manage/decisions/{id}/work-programme")
    String addToWorkProgramme(
            @PathVariable long id,
            @ModelAttribute("form") PlanForms.Programming form,
            BindingResult result,
            RedirectAttributes redirect) {
        Long meetingId = Forms.id(form.getMeetingId());
        if (meetingId == null) {
            redirect.addFlashAttribute("problem", "Choose the meeting to put the decision before");
            return "redirect:/decisions/" + id;
        }
        if (!Forms.attempt(result, () -> plans.addToWorkProgramme(id, meetingId))) {
            redirect.addFlashAttribute("problem", result.getAllErrors().get(0).getDefaultMessage());
            return "redirect:/decisions/" + id;
        }
        redirect.addFlashAttribute("flash", "The decision has been added to the meeting's work programme");
        return "redirect:/manage/meetings/" + meetingId;
    }
}
