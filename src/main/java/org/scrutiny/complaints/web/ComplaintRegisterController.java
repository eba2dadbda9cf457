package org.scrutiny.complaints.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.scrutiny.complaints.ComplaintFigures;
import org.scrutiny.complaints.domain.Complaint;
import org.scrutiny.complaints.domain.ComplaintAttachment;
import org.scrutiny.complaints.domain.ComplaintLetter;
import org.scrutiny.complaints.domain.ComplaintService;
import org.scrutiny.shared.London;
import org.scrutiny.shared.web.DateInput;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.PeriodForm;
import org.scrutiny.shared.web.UploadedFiles;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register: what is open, a complaint entered by hand, a complaint's page and letters, and the figures. */
@Controller
class ComplaintRegisterController {

    private final ComplaintService complaints;
    private final ComplaintPage page;
    private final Clock clock;

    ComplaintRegisterController(ComplaintService complaints, ComplaintPage page, Clock clock) {
        this.complaints = complaints;
        this.page = page;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(London.ZONE));
    }

    @GetMapping("/manage/complaints")
    String register(Model model) {
        model.addAttribute("open", complaints.open());
        model.addAttribute("recent", complaints.recent());
        model.addAttribute("today", today());
        return "complaints/manage/register";
    }

    @GetMapping("/manage/complaints/new")
    String newComplaint(Model model) {
        return entryPage(new ComplaintForms.Entry(), model);
    }

    @PostMapping("/manage/complaints/new")
    String enter(
            @ModelAttribute("form") ComplaintForms.Entry form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        ComplaintService.Entry entry = form.entry(result, today());
        if (result.hasErrors()) {
            return entryPage(form, model);
        }
        Optional<Complaint> entered = Forms.saved(result, () -> complaints.enter(entry, officer.getName()));
        if (entered.isEmpty()) {
            return entryPage(form, model);
        }
        redirect.addFlashAttribute(
                "flash", entered.get().reference() + " has been entered. Send the acknowledgement next.");
        return "redirect:/manage/complaints/" + entered.get().getId();
    }

    @GetMapping("/manage/complaints/{id}")
    String complaint(@PathVariable long id, Principal officer, Model model) {
        return page.show(id, officer, model);
    }

    @GetMapping("/manage/complaints/{id}/letters/{letterId}")
    ResponseEntity<byte[]> letter(@PathVariable long id, @PathVariable long letterId) {
        ComplaintLetter letter = complaints.letter(id, letterId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(complaints.complaint(id).reference() + "-"
                                        + letter.getKind().name().toLowerCase() + ".pdf")
                                .build()
                                .toString())
                .body(letter.getPdf());
    }

    /** A document sent with a complaint, sent back as every upload is: under a policy that runs nothing. */
    @GetMapping("/manage/complaints/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
        ComplaintAttachment document = complaints.attachment(id, documentId);
        return UploadedFiles.send(
                document.getContent(), document.getMediaType(), document.getFileName(), CacheControl.noStore());
    }

    /** Counts for any period; by default the last three months to today. */
    @GetMapping("/manage/complaints/figures")
    String figures(@ModelAttribute("period") PeriodForm period, BindingResult result, Model model) {
        LocalDate today = today();
        if (period.getFrom().isBlank() && period.getTo().isBlank()) {
            period.setFrom(DateInput.of(today.minusMonths(3).plusDays(1)));
            period.setTo(DateInput.of(today));
        }
        LocalDate from = period.getFrom().toDate(result, "from", "The start of the period", true);
        LocalDate to = period.getTo().toDate(result, "to", "The end of the period", true);
        Optional<ComplaintFigures> figures = Forms.saved(result, () -> complaints.figures(from, to));
        model.addAttribute("figures", figures.orElse(null));
        return "complaints/manage/figures";
    }

    private String entryPage(ComplaintForms.Entry form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("options", ComplaintOptions.INSTANCE);
        model.addAttribute("maxSize", complaints.documentLimit());
        return "complaints/manage/new";
    }
}
