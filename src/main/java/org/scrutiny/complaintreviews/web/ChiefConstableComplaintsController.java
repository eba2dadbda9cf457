package org.scrutiny.complaintreviews.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.scrutiny.complaintreviews.domain.ChiefConstableComplaint;
import org.scrutiny.complaintreviews.domain.ChiefConstableComplaintService;
import org.scrutiny.shared.London;
import org.scrutiny.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Complaints about the Chief Constable: received, then how each was handled, as it happens. */
@Controller
@RequestMapping("/opcc/chief-constable-complaints")
class ChiefConstableComplaintsController {

    private final ChiefConstableComplaintService complaints;
    private final Clock clock;

    ChiefConstableComplaintsController(ChiefConstableComplaintService complaints, Clock clock) {
        this.complaints = complaints;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("complaints", complaints.all());
        return "complaintreviews/manage/chief-constable-list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new ReviewForms.ChiefConstableReceipt());
        return "complaintreviews/manage/chief-constable-new";
    }

    @PostMapping("/new")
    String receive(
            @ModelAttribute("form") ReviewForms.ChiefConstableReceipt form,
            BindingResult result,
            RedirectAttributes redirect) {
        LocalDate received = form.getReceivedOn().toDate(result, "receivedOn", "the day it was received", true);
        if (received != null && received.isAfter(LocalDate.now(clock.withZone(London.ZONE)))) {
            result.rejectValue("receivedOn", "future", "The day it was received must be today or in the past");
        }
        String name = Forms.limited(form.getName(), "name", "The name", ReviewForms.NAME_LIMIT, result);
        String summary = Forms.required(
                form.getSummary(),
                "summary",
                "The summary",
                ReviewForms.TEXT_LIMIT,
                "Say briefly what the complaint is about",
                result);
        if (result.hasErrors()) {
            return "complaintreviews/manage/chief-constable-new";
        }
        Optional<ChiefConstableComplaint> saved =
                Forms.saved(result, () -> complaints.receive(received, name, summary));
        if (saved.isEmpty()) {
            return "complaintreviews/manage/chief-constable-new";
        }
        redirect.addFlashAttribute(
                "flash", "The complaint has been entered as " + saved.get().reference());
        return "redirect:/opcc/chief-constable-complaints/" + saved.get().getId();
    }

    @GetMapping("/{id}")
    String complaint(@PathVariable long id, Model model) {
        ChiefConstableComplaint complaint = complaints.complaint(id);
        return page(complaint, ReviewForms.ChiefConstableHandling.of(complaint), model);
    }

    @PostMapping("/{id}")
    String handle(
            @PathVariable long id,
            @ModelAttribute("form") ReviewForms.ChiefConstableHandling form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ChiefConstableComplaint.Handling handling = form.handling(result);
        if (!result.hasErrors() && Forms.attempt(result, () -> complaints.handle(id, form.getVersion(), handling))) {
            redirect.addFlashAttribute("flash", "How the complaint was handled has been saved");
            return "redirect:/opcc/chief-constable-complaints/" + id;
        }
        return page(complaints.complaint(id), form, model);
    }

    private static String page(
            ChiefConstableComplaint complaint, ReviewForms.ChiefConstableHandling form, Model model) {
        model.addAttribute("complaint", complaint);
        model.addAttribute("form", form);
        model.addAttribute("options", new ReviewOptions());
        return "complaintreviews/manage/chief-constable";
    }
}
