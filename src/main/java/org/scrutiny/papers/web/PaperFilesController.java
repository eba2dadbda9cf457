package org.scrutiny.papers.web;

import java.util.Optional;
import org.scrutiny.accounts.CurrentUser;
import org.scrutiny.accounts.Role;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.papers.domain.PaperFile;
import org.scrutiny.papers.domain.Report;
import org.scrutiny.papers.domain.ReportService;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.Uploads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
 * Files of a report: the report uploaded as a PDF or Word document instead of written in the
 * template, its appendices, and accessible versions of files that are not accessible.
 */
@Controller
class PaperFilesController {

    private final ReportService reports;
    private final AgendaService agendas;

    PaperFilesController(ReportService reports, AgendaService agendas) {
        this.reports = reports;
        this.agendas = agendas;
    }

    @GetMapping("/reports/{id}/upload")
    String uploadForm(
            @PathVariable long id,
            @RequestParam(defaultValue = "REPORT") String kind,
            @RequestParam(required = false) Long of,
            Authentication authentication,
            Model model) {
        Report report = ReportAccess.mayWrite(reports.report(id), authentication);
        ReportForms.Upload form = new ReportForms.Upload();
        form.setKind(kind);
        form.setOf(of);
        model.addAttribute("form", form);
        return uploadPage(report, form, model);
    }

    @PostMapping("/reports/{id}/upload")
    String upload(
            @PathVariable long id,
            @ModelAttribute("form") ReportForms.Upload form,
            BindingResult result,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Report report = ReportAccess.mayWrite(reports.report(id), authentication);
        ReportService.Upload kind =
                Forms.choice(ReportService.Upload.class, form.getKind(), result, "kind", "Choose what the file is");
        Optional<PaperFile> uploaded = Uploads.required(form.getFile(), result, "file", "Select a file to upload")
                .flatMap(sent -> Forms.saved(
                        result, () -> reports.upload(id, kind, Forms.trimmed(form.getTitle()), form.getOf(), sent)));
        if (uploaded.isEmpty()) {
            return uploadPage(report, form, model);
        }
        PaperFile file = uploaded.get();
        redirect.addFlashAttribute(
                "flash",
                "‘" + file.getFileName() + "’ has been uploaded ("
                        + file.describe() + ")"
                        + (file.isAccessible()
                                ? ""
                                : ". It is not a tagged PDF, so it is not accessible: add an accessible version if you can"));
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id}/files/{fileId}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable long fileId,
            Authentication authentication,
            RedirectAttributes redirect) {
        ReportAccess.mayWrite(reports.report(id), authentication);
        reports.removeFile(id, fileId);
        redirect.addFlashAttribute("flash", "The file has been removed");
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id}/submit")
    String submit(
            @PathVariable long id,
            @RequestParam long version,
            Authentication authentication,
            RedirectAttributes redirect) {
        ReportAccess.mayWrite(reports.report(id), authentication);
        reports.submitUpload(id, version);
        redirect.addFlashAttribute("flash", "The report has been submitted to the secretariat");
        return "redirect:/reports";
    }

    /** A file of a report, for its authors and the secretariat, before or after publication. */
    @GetMapping("/reports/{id}/files/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId, Authentication authentication) {
        Report report = reports.report(id);
        CurrentUser user = CurrentUser.from(authentication);
        if (!user.canManage()) {
            ReportAccess.mayWrite(report, authentication);
        }
        PaperFile file = report.file(fileId);
        return PublicAgendaController.fileResponse(file, reports.content(file));
    }

    private String uploadPage(Report report, ReportForms.Upload form, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("meeting", agendas.meeting(report.getMeetingId()));
        model.addAttribute("maxSize", reports.uploadLimit());
        PaperFile original = null;
        if (form.getOf() != null) {
            original = report.getFiles().stream()
                    .filter(f -> f.getId().equals(form.getOf()))
                    .findFirst()
                    .orElse(null);
        }
        model.addAttribute("original", original);
        return "papers/opcc/upload";
    }

    /** Who may write a report: the secretariat any report, the OPCC its own. */
    static final class ReportAccess {

        private ReportAccess() {}

        static Report mayWrite(Report report, Authentication authentication) {
            CurrentUser user = CurrentUser.from(authentication);
            boolean opcc = user.roles().contains(Role.OPCC);
            if (!user.canManage() && !(opcc && report.getAuthor() == Report.Author.OPCC)) {
                throw new AccessDeniedException("This report is not yours to write");
            }
            return report;
        }
    }
}
