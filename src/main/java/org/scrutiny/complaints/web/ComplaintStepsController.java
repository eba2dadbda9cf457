package org.scrutiny.complaints.web;

import java.security.Principal;
import java.time.LocalDate;
import org.scrutiny.complaints.domain.Complaint;
import org.scrutiny.complaints.domain.ComplaintService;
import org.scrutiny.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each step a complaint takes, one form each: the controller reads the form, hands the command to
 * the service (which refuses what the Regulations do not allow) and shows the complaint again.
 */
@Controller
class ComplaintStepsController {

    private final ComplaintService complaints;
    private final ComplaintPage page;

    ComplaintStepsController(ComplaintService complaints, ComplaintPage page) {
        this.complaints = complaints;
        this.page = page;
    }

    @PostMapping("/manage/complaints/{id}/acknowledgement")
    String acknowledge(
            @PathVariable long id,
            @ModelAttribute("acknowledging") ComplaintForms.Step form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        return done(
                id,
                result,
                officer,
                model,
                redirect,
                "The acknowledgement has been sent",
                () -> complaints.acknowledge(id, form.getVersion(), officer.getName()));
    }

    @PostMapping("/manage/complaints/{id}/decision")
    String decide(
            @PathVariable long id,
            @ModelAttribute("deciding") ComplaintForms.Decision form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        String decision = form.getDecision() == null ? "" : form.getDecision();
        Runnable step =
                switch (decision) {
                    case "RECORD" -> {
                        Complaint.Disclosure disclosure = Forms.choice(
                                Complaint.Disclosure.class,
                                form.getDisclosure(),
                                result,
                                "disclosure",
                                "Say whether the person complained against gets a copy of the complaint");
                        LocalDate reviewOn = form.getReviewOn()
                                .toDate(result, "reviewOn", "The date the withholding is reviewed", false);
                        yield () -> complaints.record(
                                id,
                                form.getVersion(),
                                new ComplaintService.Recording(form.isAllegesCriminalOffence(), disclosure, reviewOn),
                                officer.getName());
                    }
                    case "NOT_RECORD" -> {
                        Complaint.NotRecordedReason reason = Forms.choice(
                                Complaint.NotRecordedReason.class,
                                form.getReason(),
                                result,
                                "reason",
                                "Choose why it is not recorded");
                        yield () -> complaints.notRecord(id, form.getVersion(), reason, officer.getName());
                    }
                    case "FORWARD" -> {
                        Complaint.ForwardedTo to = Forms.choice(
                                Complaint.ForwardedTo.class,
                                form.getForwardedTo(),
                                result,
                                "forwardedTo",
                                "Choose where it is forwarded to");
                        String body = Forms.trimmed(form.getForwardedBody());
                        if (body == null) {
                            result.rejectValue(
                                    "forwardedBody", "required", "Enter the name of the body it is forwarded to");
                        } else if (body.length() > ComplaintForms.NAME_LIMIT) {
                            result.rejectValue("forwardedBody", "length", "The name must be 200 characters or fewer");
                        }
                        yield () -> complaints.forward(id, form.getVersion(), to, body, officer.getName());
                    }
                    default -> {
                        result.rejectValue(
                                "decision", "required", "Choose whether to record it, not record it or forward it");
                        yield () -> {};
                    }
                };
        return done(
                id, result, officer, model, redirect, "The decision has been recorded and the complainant told", step);
    }

    @PostMapping("/manage/complaints/{id}/withholding")
    String withholding(
            @PathVariable long id,
            @ModelAttribute("withholding") ComplaintForms.Withholding form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        if ("DISCLOSE".equals(form.getChoice())) {
            return done(
                    id,
                    result,
                    officer,
                    model,
                    redirect,
                    "The copy has been sent to the person complained against",
                    () -> complaints.disclose(id, form.getVersion(), officer.getName()));
        }
        if (!"KEEP".equals(form.getChoice())) {
            result.rejectValue("choice", "required", "Choose whether to send the copy now or keep it withheld");
        }
        LocalDate next = form.getReviewOn().toDate(result, "reviewOn", "The date of the next review", true);
        return done(
                id,
                result,
                officer,
                model,
                redirect,
                "The copy stays withheld until the next review",
                () -> complaints.keepWithholding(id, form.getVersion(), next, officer.getName()));
    }

    @PostMapping("/manage/complaints/{id}/iopc-referral")
    String referToIopc(
            @PathVariable long id,
            @ModelAttribute("referring") ComplaintForms.Referral form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        LocalDate clearOn =
                form.getClearOn().toDate(result, "clearOn", "The date it became clear it had to go to the IOPC", true);
        return done(
                id,
                result,
                officer,
                model,
                redirect,
                "The referral to the IOPC has been recorded",
                () -> complaints.referToIopc(id, form.getVersion(), clearOn, officer.getName()));
    }

    @PostMapping("/manage/complaints/{id}/iopc-answer")
    String iopcAnswered(
            @PathVariable long id,
            @ModelAttribute("answering") ComplaintForms.IopcAnswer form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        Complaint.IopcAnswer answer = Forms.choice(
                Complaint.IopcAnswer.class, form.getAnswer(), result, "answer", "Choose what the IOPC decided");
        return done(
                id,
                result,
                officer,
                model,
                redirect,
                "The IOPC's answer has been recorded",
                () -> complaints.iopcAnswered(id, form.getVersion(), answer, officer.getName()));
    }

    @PostMapping("/manage/complaints/{id}/iopc-conclusion")
    String concludedByIopc(
            @PathVariable long id,
            @ModelAttribute("concluding") ComplaintForms.Step form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        return done(
                id,
                result,
                officer,
                model,
                redirect,
                "The IOPC's conclusion has been recorded",
                () -> complaints.concludedByIopc(id, form.getVersion(), officer.getName()));
    }

    @PostMapping("/manage/complaints/{id}/disapplication")
    String disapply(
            @PathVariable long id,
            @ModelAttribute("disapplying") ComplaintForms.Disapplication form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        Complaint.DisapplicationGround ground = Forms.choice(
                Complaint.DisapplicationGround.class,
                form.getGround(),
                result,
                "ground",
                "Choose the ground in regulation 15(3)");
        return done(
                id,
                result,
                officer,
                model,
                redirect,
                "The disapplication has been recorded and the complainant told",
                () -> complaints.disapply(id, form.getVersion(), ground, officer.getName()));
    }

    @PostMapping("/manage/complaints/{id}/withdrawal")
    String withdraw(
            @PathVariable long id,
            @ModelAttribute("withdrawing") ComplaintForms.Step form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        return done(
                id,
                result,
                officer,
                model,
                redirect,
                "The withdrawal has been recorded and confirmed to the complainant",
                () -> complaints.withdraw(id, form.getVersion(), officer.getName()));
    }

    @PostMapping("/manage/complaints/{id}/resolution")
    String resolve(
            @PathVariable long id,
            @ModelAttribute("resolving") ComplaintForms.Resolution form,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect) {
        ComplaintService.Resolution resolution = form.resolution(result);
        return done(
                id,
                result,
                officer,
                model,
                redirect,
                "The informal resolution has been recorded and both sides sent the outcome",
                () -> complaints.resolve(id, form.getVersion(), resolution, officer.getName()));
    }

    private String done(
            long id,
            BindingResult result,
            Principal officer,
            Model model,
            RedirectAttributes redirect,
            String flash,
            Runnable step) {
        if (!Forms.attempt(result, step)) {
            return page.show(id, officer, model);
        }
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/manage/complaints/" + id;
    }
}
