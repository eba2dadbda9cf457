package org.scrutiny.complaintreviews.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.scrutiny.complaintreviews.domain.ReviewRecommendation;
import org.scrutiny.complaintreviews.domain.ReviewRequest;
import org.scrutiny.complaintreviews.domain.ReviewService;
import org.scrutiny.complaintreviews.domain.ReviewTargets;
import org.scrutiny.shared.London;
import org.scrutiny.shared.web.Forms;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's register of review requests: each request's page shows its facts, what its
 * validity comes to, its history, and the form for each step it may take next. The controller
 * reads the form and hands the command to the service, which refuses what the rules do not allow.
 */
@Controller
@RequestMapping("/opcc/complaint-reviews")
class ReviewRequestsController {

    private final ReviewService reviews;
    private final ReviewTargets targets;
    private final Clock clock;

    ReviewRequestsController(ReviewService reviews, ReviewTargets targets, Clock clock) {
        this.reviews = reviews;
        this.targets = targets;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(London.ZONE));
    }

    @GetMapping
    String register(Model model) {
        model.addAttribute("requests", reviews.register());
        return "complaintreviews/manage/register";
    }

    @GetMapping("/new")
    String entryForm(Model model) {
        return entryPage(new ReviewForms.Entry(), model);
    }

    @PostMapping("/new")
    String enter(
            @ModelAttribute("form") ReviewForms.Entry form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        ReviewService.Entry entry = form.entry(result, today());
        if (result.hasErrors()) {
            return entryPage(form, model);
        }
        Optional<ReviewRequest> saved = Forms.saved(result, () -> reviews.enter(entry, officer.getName()));
        if (saved.isEmpty()) {
            return entryPage(form, model);
        }
        redirect.addFlashAttribute(
                "flash", "The request has been entered as " + saved.get().reference());
        return "redirect:/opcc/complaint-reviews/" + saved.get().getId();
    }

    private String entryPage(ReviewForms.Entry form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("channels", ReviewOptions.channels());
        model.addAttribute("iopcGrounds", ReviewForms.iopcGrounds());
        return "complaintreviews/manage/new";
    }

    @GetMapping("/{id}")
    String request(@PathVariable long id, Model model) {
        return page(id, model);
    }

    @GetMapping("/{id}/letter.pdf")
    ResponseEntity<byte[]> letter(@PathVariable long id) {
        ReviewRequest request = reviews.request(id);
        byte[] pdf = reviews.decisionLetter(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(request.reference() + "-decision.pdf")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    @PostMapping("/{id}/acknowledgement")
    String acknowledge(
            @PathVariable long id,
            @ModelAttribute("acknowledging") ReviewForms.Step form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        return done(
                id,
                result,
                model,
                redirect,
                "The request has been acknowledged",
                () -> reviews.acknowledge(id, form.getVersion(), officer.getName()));
    }

    @PostMapping("/{id}/handling")
    String checkHandling(
            @PathVariable long id,
            @ModelAttribute("checking") ReviewForms.Handling form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        ReviewRequest.Handling handling = form.handling(result);
        return done(
                id,
                result,
                model,
                redirect,
                "How the force handled the complaint has been recorded",
                () -> reviews.checkHandling(id, form.getVersion(), handling, officer.getName()));
    }

    @PostMapping("/{id}/late-acceptance")
    String acceptLate(
            @PathVariable long id,
            @ModelAttribute("accepting") ReviewForms.LateAcceptance form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        String reason = form.reason(result);
        return done(
                id,
                result,
                model,
                redirect,
                "The late request has been accepted",
                () -> reviews.acceptLate(id, form.getVersion(), reason, officer.getName()));
    }

    @PostMapping("/{id}/confirmation")
    String confirm(
            @PathVariable long id,
            @ModelAttribute("confirming") ReviewForms.Dated form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        LocalDate on = form.on(result, "the day the complainant confirmed");
        return done(
                id,
                result,
                model,
                redirect,
                "The confirmation has been recorded",
                () -> reviews.confirm(id, form.getVersion(), on, officer.getName()));
    }

    @PostMapping("/{id}/forwarding")
    String forward(
            @PathVariable long id,
            @ModelAttribute("forwarding") ReviewForms.Step form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        return done(
                id,
                result,
                model,
                redirect,
                "The request has been forwarded to the IOPC",
                () -> reviews.forwardToIopc(id, form.getVersion(), officer.getName()));
    }

    @PostMapping("/{id}/not-progressed")
    String notProgressed(
            @PathVariable long id,
            @ModelAttribute("closing") ReviewForms.Step form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        return done(
                id,
                result,
                model,
                redirect,
                "The request has been closed as not progressed",
                () -> reviews.notProgressed(id, form.getVersion(), officer.getName()));
    }

    @PostMapping("/{id}/assignment")
    String assign(
            @PathVariable long id,
            @ModelAttribute("assigning") ReviewForms.Assignment form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        String reviewOfficer = form.officer(result);
        return done(
                id,
                result,
                model,
                redirect,
                "The review has been assigned",
                () -> reviews.assign(id, form.getVersion(), reviewOfficer, officer.getName()));
    }

    @PostMapping("/{id}/suspension")
    String suspend(
            @PathVariable long id,
            @ModelAttribute("suspending") ReviewForms.Suspension form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        LocalDate on = form.on(result, "the day it was suspended");
        String reason = form.reason(result);
        return done(
                id,
                result,
                model,
                redirect,
                "The review has been suspended",
                () -> reviews.suspend(id, form.getVersion(), on, reason, officer.getName()));
    }

    @PostMapping("/{id}/resumption")
    String resume(
            @PathVariable long id,
            @ModelAttribute("resuming") ReviewForms.Dated form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        LocalDate on = form.on(result, "the day it resumed");
        return done(
                id,
                result,
                model,
                redirect,
                "The review has resumed",
                () -> reviews.resume(id, form.getVersion(), on, officer.getName()));
    }

    @PostMapping("/{id}/decision")
    String decide(
            @PathVariable long id,
            @ModelAttribute("deciding") ReviewForms.Decision form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        ReviewService.Decision decision = form.decision(result);
        return done(
                id,
                result,
                model,
                redirect,
                "The decision has been recorded: it now goes for quality assurance",
                () -> reviews.decide(id, form.getVersion(), decision, officer.getName()));
    }

    @PostMapping("/{id}/return")
    String returnDecision(
            @PathVariable long id,
            @ModelAttribute("returning") ReviewForms.Step form,
            BindingResult result,
            Principal manager,
            Model model,
            RedirectAttributes redirect) {
        return done(
                id,
                result,
                model,
                redirect,
                "The decision has been returned to the review officer",
                () -> reviews.returnDecision(id, form.getVersion(), manager.getName()));
    }

    @PostMapping("/{id}/quality-assurance")
    String qualityAssure(
            @PathVariable long id,
            @ModelAttribute("assuring") ReviewForms.Step form,
            BindingResult result,
            Principal manager,
            Model model,
            RedirectAttributes redirect) {
        return done(
                id,
                result,
                model,
                redirect,
                "The decision is final, and the complainant has been sent the letter",
                () -> reviews.qualityAssure(id, form.getVersion(), manager.getName()));
    }

    @PostMapping("/{id}/force-answer")
    String answer(
            @PathVariable long id,
            @ModelAttribute("answering") ReviewForms.ForceAnswer form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        int index =
                form.index(result, reviews.withHistory(id).getRecommendations().size());
        ReviewRecommendation.ForceAnswer answer = form.answer(result);
        return done(
                id,
                result,
                model,
                redirect,
                "The force's answer has been recorded",
                () -> reviews.answer(id, form.getVersion(), index, answer, officer.getName()));
    }

    private String done(
            long id, BindingResult result, Model model, RedirectAttributes redirect, String flash, Runnable step) {
        if (!Forms.attempt(result, step)) {
            return page(id, model);
        }
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/opcc/complaint-reviews/" + id;
    }

    private String page(long id, Model model) {
        ReviewRequest request = reviews.withHistory(id);
        long version = request.getVersion();
        form(model, "acknowledging", ReviewForms.Step::new, version);
        form(model, "checking", () -> ReviewForms.Handling.of(request), version);
        form(model, "accepting", ReviewForms.LateAcceptance::new, version);
        form(model, "confirming", ReviewForms.Dated::new, version);
        form(model, "forwarding", ReviewForms.Step::new, version);
        form(model, "closing", ReviewForms.Step::new, version);
        form(model, "assigning", ReviewForms.Assignment::new, version);
        form(model, "suspending", ReviewForms.Suspension::new, version);
        form(model, "resuming", ReviewForms.Dated::new, version);
        form(model, "deciding", ReviewForms.Decision::new, version);
        form(model, "returning", ReviewForms.Step::new, version);
        form(model, "assuring", ReviewForms.Step::new, version);
        form(model, "answering", ReviewForms.ForceAnswer::new, version);
        model.addAttribute("request", request);
        model.addAttribute("today", today());
        model.addAttribute("targets", targets);
        model.addAttribute("iopcGrounds", ReviewForms.iopcGrounds());
        model.addAttribute("options", new ReviewOptions());
        return "complaintreviews/manage/request";
    }

    private static <F extends ReviewForms.Step> void form(Model model, String name, Supplier<F> empty, long version) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, empty.get());
        }
        ((ReviewForms.Step) model.getAttribute(name)).setVersion(version);
    }
}
