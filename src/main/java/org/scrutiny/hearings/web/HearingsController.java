package org.scrutiny.hearings.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutiny.hearings.domain.ConfirmationHearing;
import org.scrutiny.hearings.domain.HearingService;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.publishing.AccessiblePdf;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.VetoThreshold;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.Option;
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

/** Confirmation hearings: the secretariat runs them, the public follows them. */
@Controller
class HearingsController {

    private final HearingService hearings;
    private final PanelMembership membership;
    private final AccessiblePdf pdf;

    HearingsController(HearingService hearings, PanelMembership membership, AccessiblePdf pdf) {
        this.hearings = hearings;
        this.membership = membership;
        this.pdf = pdf;
    }

    @GetMapping("/hearings")
    String list(Model model) {
        model.addAttribute("hearings", hearings.all());
        return "hearings/public/list";
    }

    @GetMapping("/hearings/{id}")
    String hearing(@PathVariable long id, Model model) {
        ConfirmationHearing hearing = hearings.hearing(id);
        model.addAttribute("hearing", hearing);
        model.addAttribute("meeting", hearings.meeting(hearing.getMeetingId()).orElse(null));
        model.addAttribute("today", hearings.today());
        return "hearings/public/hearing";
    }

    /** The panel's report on the candidate, as a tagged PDF/UA document. */
    @GetMapping("/hearings/{id}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable long id) {
        ConfirmationHearing hearing = hearings.hearing(id);
        if (hearing.getReportOn() == null) {
            throw new RecordNotFoundException("Report of the confirmation hearing", id);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("hearing", hearing);
        model.put("meeting", hearings.meeting(hearing.getMeetingId()).orElseThrow());
        model.put("panelName", membership.panel().name());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("confirmation-hearing-report-" + id + ".pdf")
                                .build()
                                .toString())
                .body(pdf.render("hearings/pdf/hearing-report", model));
    }

    @GetMapping("/manage/hearings")
    String manage(Model model) {
        model.addAttribute("form", new HearingForm());
        return listPage(model);
    }

    @PostMapping("/manage/hearings")
    String propose(
            @ModelAttribute("form") HearingForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        ConfirmationHearing.Proposal proposal = form.proposal(result);
        Long previous = Forms.id(form.getPrevious());
        Optional<ConfirmationHearing> saved = Forms.saved(result, () -> hearings.propose(proposal, previous));
        if (saved.isEmpty()) {
            return listPage(model);
        }
        redirect.addFlashAttribute(
                "flash",
                "The hearing is planned; the panel must report by "
                        + DisplayFormats.dayOf(saved.get().deadline()));
        return "redirect:/manage/hearings/" + saved.get().getId();
    }

    @GetMapping("/manage/hearings/{id}")
    String manageHearing(@PathVariable long id, Model model) {
        model.addAttribute("form", new HearingForm());
        return hearingPage(id, model);
    }

    @PostMapping("/manage/hearings/{id}/recommendation")
    String recommend(
            @PathVariable long id,
            @ModelAttribute("form") HearingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Optional<ConfirmationHearing.Report> report = form.report(result);
        if (report.isEmpty() || !Forms.attempt(result, () -> hearings.recommend(id, form.getVersion(), report.get()))) {
            return hearingPage(id, model);
        }
        redirect.addFlashAttribute("flash", "The panel's recommendation is recorded and published");
        return "redirect:/manage/hearings/" + id;
    }

    @PostMapping("/manage/hearings/{id}/decision")
    String decide(
            @PathVariable long id,
            @ModelAttribute("form") HearingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ConfirmationHearing.Decision decision = Forms.choice(
                ConfirmationHearing.Decision.class,
                form.getDecision(),
                result,
                "decision",
                "Choose the Commissioner's decision");
        LocalDate on = form.getDate().toDate(result, "date", "the date of the decision", true);
        if (!Forms.attempt(result, () -> hearings.decide(id, form.getVersion(), decision, on))) {
            return hearingPage(id, model);
        }
        redirect.addFlashAttribute("flash", "The Commissioner's decision is recorded");
        return "redirect:/manage/hearings/" + id;
    }

    private String listPage(Model model) {
        List<ConfirmationHearing> all = hearings.all();
        model.addAttribute("hearings", all);
        model.addAttribute(
                "posts",
                Arrays.stream(ConfirmationHearing.Post.values())
                        .map(p -> Option.of(p.name(), p.label()))
                        .toList());
        List<Option> vetoed = new ArrayList<>();
        vetoed.add(new Option("", "No: a first candidate"));
        all.stream()
                .filter(ConfirmationHearing::isVetoed)
                .forEach(h -> vetoed.add(Option.of(
                        h.getId(),
                        "After the veto of " + h.getCandidate() + " (" + DisplayFormats.dayOf(h.getHeldOn()) + ")")));
        model.addAttribute("vetoed", vetoed);
        return "hearings/manage/hearings";
    }

    private String hearingPage(long id, Model model) {
        ConfirmationHearing hearing = hearings.hearing(id);
        if (model.getAttribute("form") instanceof HearingForm form) {
            form.setVersion(hearing.getVersion());
        }
        model.addAttribute("hearing", hearing);
        model.addAttribute("meeting", hearings.meeting(hearing.getMeetingId()).orElse(null));
        model.addAttribute("today", hearings.today());
        List<Option> meetings = new ArrayList<>();
        for (MeetingSummary m : hearings.hearingMeetings(hearing)) {
            int members = hearings.membersOn(m.date());
            meetings.add(Option.of(
                    m.id(),
                    m.name() + ", " + DisplayFormats.dayOf(m.date()) + " (" + members + " members"
                            + (hearing.isVetoAllowed() ? ": a veto needs " + VetoThreshold.of(members) : "")
                            + ")"));
        }
        model.addAttribute("meetingOptions", Forms.withFirst("Choose the meeting", meetings));
        model.addAttribute(
                "decisions",
                Arrays.stream(ConfirmationHearing.Decision.values())
                        .map(d -> Option.of(d.name(), d.label()))
                        .toList());
        return "hearings/manage/hearing";
    }
}
