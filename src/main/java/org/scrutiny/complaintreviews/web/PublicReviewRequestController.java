package org.scrutiny.complaintreviews.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.scrutiny.complaintreviews.domain.ReviewRequest;
import org.scrutiny.complaintreviews.domain.ReviewService;
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
 * The public's way to ask the Commissioner's office to review how the force handled their
 * complaint. What is sent is shown to no one but the complainant, by email: the page after sending
 * gives only the reference and the last day allowed.
 */
@Controller
class PublicReviewRequestController {

    private static final Logger log = LoggerFactory.getLogger(PublicReviewRequestController.class);

    private final ReviewService reviews;
    private final SubmissionLimits limits;
    private final Clock clock;

    PublicReviewRequestController(ReviewService reviews, SubmissionLimits limits, Clock clock) {
        this.reviews = reviews;
        this.limits = limits;
        this.clock = clock;
    }

    @GetMapping("/complaint-reviews/new")
    String form(Model model) {
        model.addAttribute("form", new ReviewForms.Asking());
        return "complaintreviews/public/new";
    }

    @PostMapping("/complaint-reviews/new")
    String submit(
            @ModelAttribute("form") ReviewForms.Asking form,
            BindingResult result,
            HttpServletRequest http,
            RedirectAttributes redirect) {
        limits.countAddress("complaint-reviews", http.getRemoteAddr());
        if (StringUtils.hasText(form.getWebsite())) {
            log.info("A review request was refused: the hidden field was filled in");
            return "redirect:/complaint-reviews/sent";
        }
        LocalDate today = LocalDate.now(clock.withZone(London.ZONE));
        ReviewRequest.Facts facts = form.facts(result, ReviewRequest.Channel.ONLINE_FORM, today, today);
        ReviewRequest.Complainant complainant = form.complainant(result, true);
        if (result.hasErrors()) {
            return "complaintreviews/public/new";
        }
        limits.countEmail("complaint-reviews", complainant.email());
        Optional<ReviewRequest> sent = Forms.saved(result, () -> reviews.submit(facts, complainant));
        if (sent.isEmpty()) {
            return "complaintreviews/public/new";
        }
        redirect.addFlashAttribute("reference", sent.get().reference());
        redirect.addFlashAttribute("inTime", sent.get().isInTime());
        redirect.addFlashAttribute("lastDay", sent.get().window().lastDay());
        return "redirect:/complaint-reviews/sent";
    }

    @GetMapping("/complaint-reviews/sent")
    String sent() {
        return "complaintreviews/public/sent";
    }
}
