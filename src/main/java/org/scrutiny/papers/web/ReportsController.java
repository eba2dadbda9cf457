package org.scrutiny.papers.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.scrutiny.accounts.CurrentUser;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.papers.ReportTemplates;
import org.scrutiny.papers.domain.Report;
import org.scrutiny.papers.domain.ReportService;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.Option;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reports from request to acceptance: the secretariat asks for a report on an agenda item, the
 * author writes it in the standard template and submits it, the secretariat accepts it or returns
 * it with comments.
 */
@Controller
class ReportsController {

    private final ReportService reports;
    private final AgendaService agendas;
    private final Clock clock;
    private final List<ReportTemplates> templates;

    ReportsController(ReportService reports, AgendaService agendas, Clock clock, List<ReportTemplates> templates) {
        this.reports = reports;
        this.agendas = agendas;
        this.clock = clock;
        this.templates = templates;
    }

    // --- the secretariat asks for a report ----------------------------------------------------

    @GetMapping("/manage/meetings/{meetingId}/agenda/items/{itemId}/report")
    String requestForm(@PathVariable long meetingId, @PathVariable long itemId, Model model) {
        model.addAttribute("form", new ReportForms.Request());
        return requestPage(meetingId, itemId, model);
    }

    @PostMapping("/manage/meetings/{meetingId}/agenda/items/{itemId}/report")
    String request(
            @PathVariable long meetingId,
            @PathVariable long itemId,
            @ModelAttribute("form") ReportForms.Request form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Report.Author author = Forms.choice(
                Report.Author.class, form.getAuthor(), result, "author", "Select who will write the report");
        LocalDate due = form.getDueDate().toDate(result, "dueDate", "the date the report is due", true);
        if (!Forms.attempt(result, () -> reports.request(meetingId, itemId, author, due))) {
            return requestPage(meetingId, itemId, model);
        }
        redirect.addFlashAttribute("flash", "The report has been requested");
        return "redirect:/manage/meetings/" + meetingId + "/agenda";
    }

    private String requestPage(long meetingId, long itemId, Model model) {
        model.addAttribute("meeting", agendas.meeting(meetingId));
        model.addAttribute("item", agendas.item(meetingId, itemId));
        model.addAttribute(
                "authors",
                List.of(
                        Option.of(Report.Author.OPCC.name(), Report.Author.OPCC.label()),
                        Option.of(Report.Author.SECRETARIAT.name(), Report.Author.SECRETARIAT.label())));
        return "papers/manage/report-request";
    }

    // --- authors write ---------------------------------------------------------------------

    @GetMapping("/reports")
    String list(Authentication authentication, Model model) {
        CurrentUser user = CurrentUser.from(authentication);
        model.addAttribute("reports", user.canManage() ? reports.all() : reports.by(Report.Author.OPCC));
        model.addAttribute("today", LocalDate.now(clock));
        return "papers/opcc/list";
    }

    @GetMapping("/reports/{id}")
    String write(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean drafted,
            Authentication authentication,
            Model model) {
        Report report = mayWrite(id, authentication);
        ReportForms.Writing form = ReportForms.Writing.of(report);
        if (drafted) {
            Optional<ReportTemplates.Draft> draft = template(report)
                    .flatMap(template -> template.draftFor(
                            purposeOf(report),
                            agendas.meeting(report.getMeetingId()).date()));
            draft.ifPresent(form::fillIn);
            model.addAttribute(
                    "flash",
                    draft.isPresent()
                            ? "The report has been filled in from the records: check it, then save it"
                            : "There are no records to draft this report from yet: write it below");
        }
        model.addAttribute("form", form);
        return writePage(report, model);
    }

    /** The module that can draft this report, if any: the item's purpose decides, without drafting it. */
    private Optional<ReportTemplates> template(Report report) {
        ItemPurpose purpose = purposeOf(report);
        return templates.stream().filter(template -> template.drafts(purpose)).findFirst();
    }

    private ItemPurpose purposeOf(Report report) {
        return agendas.item(report.getMeetingId(), report.getAgendaItemId()).getPurpose();
    }

    @PostMapping("/reports/{id}")
    String save(
            @PathVariable long id,
            @RequestParam(defaultValue = "save") String action,
            @Valid @ModelAttribute("form") ReportForms.Writing form,
            BindingResult result,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Report report = mayWrite(id, authentication);
        boolean submit = "submit".equals(action);
        if (!Forms.attempt(result, () -> reports.draft(id, form.getVersion(), form.draft(), submit))) {
            return writePage(report, model);
        }
        redirect.addFlashAttribute(
                "flash", submit ? "The report has been submitted to the secretariat" : "The draft has been saved");
        return "redirect:/reports";
    }

    private Report mayWrite(long id, Authentication authentication) {
        return PaperFilesController.ReportAccess.mayWrite(reports.report(id), authentication);
    }

    private String writePage(Report report, Model model) {
        model.addAttribute("report", report);
        boolean writable =
                report.getStatus() != Report.Status.SUBMITTED && report.getStatus() != Report.Status.ACCEPTED;
        model.addAttribute(
                "templateSource",
                writable ? template(report).map(ReportTemplates::source).orElse(null) : null);
        model.addAttribute("meeting", agendas.meeting(report.getMeetingId()));
        model.addAttribute("itemNumber", reports.itemNumber(report));
        return "papers/opcc/write";
    }

    // --- the secretariat reviews --------------------------------------------------------------

    @GetMapping("/manage/reports/{id}")
    String review(@PathVariable long id, Model model) {
        Report report = reports.report(id);
        ReportForms.Review form = new ReportForms.Review();
        form.setVersion(report.getVersion());
        model.addAttribute("form", form);
        return reviewPage(report, model);
    }

    @PostMapping("/manage/reports/{id}/accept")
    String accept(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Report report = reports.accept(id, version);
        redirect.addFlashAttribute("flash", "The report has been accepted for publication");
        return "redirect:/manage/meetings/" + report.getMeetingId() + "/agenda";
    }

    @PostMapping("/manage/reports/{id}/return")
    String returnToAuthor(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ReportForms.Review form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!Forms.attempt(result, () -> reports.returnWithComments(id, form.getVersion(), form.getComments()))) {
            return reviewPage(reports.report(id), model);
        }
        redirect.addFlashAttribute("flash", "The report has been returned to its author with your comments");
        return "redirect:/manage/meetings/" + reports.report(id).getMeetingId() + "/agenda";
    }

    private String reviewPage(Report report, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("meeting", agendas.meeting(report.getMeetingId()));
        model.addAttribute("itemNumber", reports.itemNumber(report));
        model.addAttribute("exemption", reports.exemption(report));
        return "papers/manage/report-review";
    }
}
