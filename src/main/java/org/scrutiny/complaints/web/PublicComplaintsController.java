package org.scrutiny.complaints.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.scrutiny.complaints.domain.Complaint;
import org.scrutiny.complaints.domain.ComplaintService;
import org.scrutiny.shared.London;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.SubmissionLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public's way to complain about the Commissioner or the Deputy. What is sent is shown back
 * to no one but the complainant, by email: the page after sending gives only the reference.
 */
@Controller
class PublicComplaintsController {

    private static final Logger log = LoggerFactory.getLogger(PublicComplaintsController.class);

    private final ComplaintService complaints;
    private final SubmissionLimits limits;
    private final Clock clock;

    PublicComplaintsController(ComplaintService complaints, SubmissionLimits limits, Clock clock) {
        this.complaints = complaints;
        this.limits = limits;
        this.clock = clock;
    }

    @GetMapping("/complaints/new")
    String form(Model model) {
        return page(new ComplaintForms.Complaining(), model);
    }

    @PostMapping("/complaints/new")
    String submit(
            @ModelAttribute("form") ComplaintForms.Complaining form,
            BindingResult result,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        limits.countAddress("complaints", request.getRemoteAddr());
        if (StringUtils.hasText(form.getWebsite())) {
            // Only a robot fills in the hidden field: it is told all went well, and nothing is kept.
            log.info("A complaint was refused: the hidden field was filled in");
            return "redirect:/complaints/sent";
        }
        ComplaintService.Submission submission = form.submission(result, LocalDate.now(clock.withZone(London.ZONE)));
        if (result.hasErrors()) {
            return page(form, model);
        }
        if (submission.complainant().email() != null) {
            limits.countEmail("complaints", submission.complainant().email());
        }
        Optional<Complaint> sent = Forms.saved(result, () -> complaints.submit(submission));
        if (sent.isEmpty()) {
            return page(form, model);
        }
        redirect.addFlashAttribute("reference", sent.get().reference());
        redirect.addFlashAttribute("emailed", sent.get().getContactBy() == Complaint.ContactBy.EMAIL);
        return "redirect:/complaints/sent";
    }

    @GetMapping("/complaints/sent")
    String sent() {
        return "complaints/public/sent";
    }

    private String page(ComplaintForms.Complaining form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("options", ComplaintOptions.INSTANCE);
        model.addAttribute("maxSize", complaints.documentLimit());
        return "complaints/public/new";
    }
}
