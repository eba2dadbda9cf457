package org.scrutiny.papers.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scrutiny.agenda.ExemptionParagraph;
import org.scrutiny.agenda.domain.Agenda;
import org.scrutiny.agenda.domain.AgendaItem;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.papers.domain.Publication;
import org.scrutiny.papers.domain.PublicationService;
import org.scrutiny.papers.domain.Report;
import org.scrutiny.papers.domain.ReportService;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's agenda builder for one meeting. */
@Controller
@RequestMapping("/manage/meetings/{meetingId}/agenda")
class ManageAgendaController {

    private final AgendaService agendas;
    private final ReportService reports;
    private final Clock clock;
    private final PublicationService publications;

    ManageAgendaController(AgendaService agendas, ReportService reports, Clock clock, PublicationService publications) {
        this.agendas = agendas;
        this.reports = reports;
        this.clock = clock;
        this.publications = publications;
    }

    @GetMapping
    String agenda(@PathVariable long meetingId, Model model) {
        model.addAttribute("itemForm", new AgendaForms.NewItem());
        model.addAttribute("publishForm", new AgendaForms.Publication());
        model.addAttribute("republishForm", new AgendaForms.Republication());
        return builder(meetingId, model);
    }

    /** How the newest version's build is going, for the page to show without reloading. */
    @GetMapping(path = "/progress", produces = "application/json")
    @ResponseBody
    Map<String, Object> progress(@PathVariable long meetingId) {
        return publications.versions(meetingId).stream()
                .findFirst()
                .<Map<String, Object>>map(v -> Map.of(
                        "version", v.getNumber(),
                        "status", v.getStatus().name(),
                        "percent", v.percentDone(),
                        "done", !v.isPending(),
                        "message", progressMessage(v)))
                .orElse(Map.of("done", true, "message", "Nothing has been published yet"));
    }

    static String progressMessage(Publication version) {
        return switch (version.getStatus()) {
            case QUEUED -> "Version " + version.getNumber() + " is waiting to be built.";
            case BUILDING -> "Version " + version.getNumber() + " is being built: " + version.percentDone() + "% done ("
                    + version.getStepsDone() + " of " + version.getStepsTotal() + " steps).";
            case READY -> "Version " + version.getNumber() + " is ready. Refresh the page to see its documents.";
            case FAILED -> "Version " + version.getNumber() + " could not be built. Refresh the page to try again.";
        };
    }

    @PostMapping("/republish")
    String republish(
            @PathVariable long meetingId,
            @Valid @ModelAttribute("republishForm") AgendaForms.Republication form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!Forms.attempt(
                result,
                () -> publications.republish(meetingId, form.getVersion(), Forms.trimmed(form.getChangeNote())))) {
            model.addAttribute("itemForm", new AgendaForms.NewItem());
            model.addAttribute("publishForm", new AgendaForms.Publication());
            return builder(meetingId, model);
        }
        redirect.addFlashAttribute("flash", "A new version of the agenda and its papers is being built");
        return "redirect:/manage/meetings/" + meetingId + "/agenda";
    }

    @PostMapping("/versions/{number}/retry")
    String retry(@PathVariable long meetingId, @PathVariable int number, RedirectAttributes redirect) {
        publications.retry(meetingId, number);
        redirect.addFlashAttribute("flash", "Version " + number + " will be built again");
        return "redirect:/manage/meetings/" + meetingId + "/agenda";
    }

    @PostMapping
    String start(@PathVariable long meetingId, RedirectAttributes redirect) {
        agendas.start(meetingId);
        redirect.addFlashAttribute("flash", "The agenda has been drafted from the work programme");
        return "redirect:/manage/meetings/" + meetingId + "/agenda";
    }

    @PostMapping("/items")
    String addItem(
            @PathVariable long meetingId,
            @Valid @ModelAttribute("itemForm") AgendaForms.NewItem form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ExemptionParagraph exemption = exemption(form.getExemptParagraph(), result);
        if (!Forms.attempt(
                result, () -> agendas.addItem(meetingId, form.getTitle().trim(), exemption, form.getUrgencyReason()))) {
            model.addAttribute("publishForm", new AgendaForms.Publication());
            model.addAttribute("republishForm", new AgendaForms.Republication());
            return builder(meetingId, model);
        }
        redirect.addFlashAttribute("flash", "'" + form.getTitle().trim() + "' has been added to the agenda");
        return "redirect:/manage/meetings/" + meetingId + "/agenda";
    }

    @PostMapping("/items/{itemId}/move")
    String move(@PathVariable long meetingId, @PathVariable long itemId, @RequestParam String direction) {
        agendas.move(meetingId, itemId, "up".equals(direction) ? -1 : 1);
        return "redirect:/manage/meetings/" + meetingId + "/agenda";
    }

    @GetMapping("/items/{itemId}/withdraw")
    String withdrawForm(@PathVariable long meetingId, @PathVariable long itemId, Model model) {
        model.addAttribute("form", new AgendaForms.Withdrawal());
        return itemPage(meetingId, itemId, "papers/manage/agenda-withdraw", model);
    }

    @PostMapping("/items/{itemId}/withdraw")
    String withdraw(
            @PathVariable long meetingId,
            @PathVariable long itemId,
            @Valid @ModelAttribute("form") AgendaForms.Withdrawal form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!Forms.attempt(result, () -> agendas.withdraw(meetingId, itemId, form.getReason()))) {
            return itemPage(meetingId, itemId, "papers/manage/agenda-withdraw", model);
        }
        redirect.addFlashAttribute("flash", "The item has been withdrawn");
        return "redirect:/manage/meetings/" + meetingId + "/agenda";
    }

    @GetMapping("/items/{itemId}/exemption")
    String exemptionForm(@PathVariable long meetingId, @PathVariable long itemId, Model model) {
        AgendaForms.Exemption form = new AgendaForms.Exemption();
        AgendaItem item = agendas.item(meetingId, itemId);
        form.setExemptParagraph(
                item.isExempt() ? Integer.toString(item.exemption().number()) : "");
        model.addAttribute("form", form);
        return itemPage(meetingId, itemId, "papers/manage/agenda-exemption", model);
    }

    @PostMapping("/items/{itemId}/exemption")
    String exempt(
            @PathVariable long meetingId,
            @PathVariable long itemId,
            @ModelAttribute("form") AgendaForms.Exemption form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ExemptionParagraph paragraph = exemption(form.getExemptParagraph(), result);
        if (!Forms.attempt(result, () -> agendas.exempt(meetingId, itemId, paragraph))) {
            return itemPage(meetingId, itemId, "papers/manage/agenda-exemption", model);
        }
        redirect.addFlashAttribute(
                "flash", paragraph == null ? "The item is public" : "The item is exempt under " + paragraph.label());
        return "redirect:/manage/meetings/" + meetingId + "/agenda";
    }

    /** What publishing would do, and what is not ready: nothing is published by one stray click. */
    @GetMapping("/publish")
    String checkBeforePublishing(@PathVariable long meetingId, Model model) {
        model.addAttribute("publishForm", new AgendaForms.Publication());
        return publishPage(meetingId, model);
    }

    private String publishPage(long meetingId, Model model) {
        Agenda agenda = agendas.agendaOf(meetingId)
                .orElseThrow(() -> new RecordNotFoundException("Agenda of meeting", meetingId));
        if (agenda.isPublished()) {
            return "redirect:/manage/meetings/" + meetingId + "/agenda";
        }
        LocalDate latest = agendas.latestPublication(meetingId);
        Map<Long, Report> requested = reports.byAgendaItem(meetingId);
        List<String> notReady = new ArrayList<>();
        int standing = 0;
        for (Agenda.NumberedItem entry : agenda.numbered()) {
            AgendaItem item = entry.item();
            if (item.isWithdrawn()) {
                continue;
            }
            standing++;
            Report report = requested.get(item.getId());
            if (report != null && report.getStatus() != Report.Status.ACCEPTED) {
                notReady.add("Item " + entry.number() + ", " + item.getTitle() + ": the report is "
                        + report.getStatus().label().toLowerCase(Locale.UK) + ", not accepted for publication,"
                        + " so it will not be published with the agenda");
            }
        }
        if (standing == 0) {
            notReady.add("The agenda has no items");
        }
        if (model.getAttribute("publishForm") instanceof AgendaForms.Publication form) {
            form.setVersion(agenda.getVersion());
        }
        model.addAttribute("meeting", agendas.meeting(meetingId));
        model.addAttribute("agenda", agenda);
        model.addAttribute("items", standing);
        model.addAttribute(
                "exemptItems",
                agenda.numbered().stream()
                        .filter(e -> !e.item().isWithdrawn() && e.item().isExempt())
                        .count());
        model.addAttribute("notReady", notReady);
        model.addAttribute("latestPublication", latest);
        model.addAttribute("questionDeadline", agendas.questionDeadline(meetingId, LocalDate.now(clock)));
        model.addAttribute("late", LocalDate.now(clock).isAfter(latest));
        return "papers/manage/agenda-publish";
    }

    @PostMapping("/publish")
    String publish(
            @PathVariable long meetingId,
            @Valid @ModelAttribute("publishForm") AgendaForms.Publication form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!Forms.attempt(result, () -> agendas.publish(meetingId, form.getVersion(), form.getLateReason()))) {
            return publishPage(meetingId, model);
        }
        redirect.addFlashAttribute(
                "flash",
                "The agenda has been published. Its documents are being built: this page shows when they are ready");
        return "redirect:/manage/meetings/" + meetingId + "/agenda";
    }

    private static ExemptionParagraph exemption(String value, BindingResult result) {
        if (!StringUtils.hasText(value)) {
            return null;
        }
        try {
            return ExemptionParagraph.number(Integer.parseInt(value.trim()));
        } catch (RuntimeException e) {
            result.rejectValue("exemptParagraph", "paragraph", "Select a paragraph of Schedule 12A, or public");
            return null;
        }
    }

    private String itemPage(long meetingId, long itemId, String view, Model model) {
        model.addAttribute("meeting", agendas.meeting(meetingId));
        model.addAttribute("item", agendas.item(meetingId, itemId));
        model.addAttribute("paragraphs", paragraphOptions());
        return view;
    }

    private String builder(long meetingId, Model model) {
        LocalDate latest = agendas.latestPublication(meetingId);
        Agenda agenda = agendas.agendaOf(meetingId).orElse(null);
        model.addAttribute("meeting", agendas.meeting(meetingId));
        model.addAttribute("agenda", agenda);
        model.addAttribute("latestPublication", latest);
        boolean published = agenda != null && agenda.isPublished();
        // Once published, the deadline is the one the agenda gave the public, from its real date.
        model.addAttribute(
                "questionDeadline",
                agendas.questionDeadline(
                        meetingId, published ? agenda.publishedInLondon().toLocalDate() : latest));
        model.addAttribute("deadlineFixed", published);
        model.addAttribute("late", LocalDate.now(clock).isAfter(latest));
        model.addAttribute("paragraphs", paragraphOptions());
        model.addAttribute("reports", agenda == null ? Map.of() : reports.byAgendaItem(meetingId));
        if (agenda != null && model.getAttribute("publishForm") instanceof AgendaForms.Publication publication) {
            publication.setVersion(agenda.getVersion());
        }
        if (agenda != null && model.getAttribute("republishForm") instanceof AgendaForms.Republication republication) {
            republication.setVersion(agenda.getVersion());
        }
        List<Publication> versions = publications.versions(meetingId);
        model.addAttribute("versions", versions);
        model.addAttribute("latestVersion", versions.isEmpty() ? null : versions.get(0));
        model.addAttribute("progressMessage", versions.isEmpty() ? null : progressMessage(versions.get(0)));
        model.addAttribute("documents", publications.documents(versions));
        model.addAttribute(
                "inaccessible",
                agenda == null
                        ? List.of()
                        : reports.byAgendaItem(meetingId).values().stream()
                                .flatMap(r -> r.inaccessibleFiles().stream()
                                        .filter(f -> r.accessibleVersionOf(f).isEmpty())
                                        .map(f -> new InaccessibleFile(
                                                r.getId(), f.getId(), f.getTitle(), f.getFileName())))
                                .toList());
        return "papers/manage/agenda";
    }

    /** An uploaded PDF that is not tagged, and has no accessible version yet. */
    record InaccessibleFile(long reportId, long fileId, String title, String fileName) {}

    private static List<Option> paragraphOptions() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Public: the press and public may attend"));
        for (ExemptionParagraph paragraph : ExemptionParagraph.values()) {
            options.add(Option.of(paragraph.number(), "Exempt, " + paragraph.label()));
        }
        return options;
    }
}
