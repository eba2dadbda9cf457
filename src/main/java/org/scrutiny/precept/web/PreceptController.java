package org.scrutiny.precept.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.precept.domain.PreceptService;
import org.scrutiny.precept.domain.PreceptYear;
import org.scrutiny.publishing.AccessiblePdf;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.VetoThreshold;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.Option;
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

/** The precept process: the secretariat runs it step by step; the public follows it and reads the reports. */
@Controller
class PreceptController {

    private final PreceptService precepts;
    private final PanelMembership membership;
    private final AccessiblePdf pdf;

    PreceptController(PreceptService precepts, PanelMembership membership, AccessiblePdf pdf) {
        this.precepts = precepts;
        this.membership = membership;
        this.pdf = pdf;
    }

    // --- public -----------------------------------------------------------------------------

    @GetMapping("/precept")
    String years(Model model) {
        model.addAttribute("years", precepts.all());
        return "precept/public/years";
    }

    @GetMapping("/precept/{year}")
    String process(@PathVariable int year, Model model) {
        model.addAllAttributes(processModel(precepts.year(year)));
        return "precept/public/process";
    }

    @GetMapping("/precept/{year}/report")
    String report(@PathVariable int year, Model model) {
        model.addAllAttributes(reportModel(year));
        return "precept/public/report";
    }

    @GetMapping("/precept/{year}/report.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable int year) {
        Map<String, Object> model = reportModel(year);
        PreceptYear precept = (PreceptYear) model.get("precept");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("precept-report-" + precept.label().replace('/', '-') + ".pdf")
                                .build()
                                .toString())
                .cacheControl(CacheControl.noCache())
                .body(pdf.render("precept/pdf/precept-report", model));
    }

    private Map<String, Object> reportModel(int year) {
        PreceptYear precept = precepts.year(year);
        if (precept.getReportOn() == null) {
            throw new RecordNotFoundException("Precept report", year);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("precept", precept);
        model.put("meeting", precepts.meeting(precept.getVoteMeetingId()).orElseThrow());
        model.put("panelName", membership.panel().name());
        return model;
    }

    private Map<String, Object> processModel(PreceptYear precept) {
        Map<String, Object> model = new HashMap<>();
        model.put("precept", precept);
        model.put("today", precepts.today());
        model.put(
                "reviewMeeting", precepts.meeting(precept.getReviewMeetingId()).orElse(null));
        model.put(
                "reserveMeeting",
                precepts.meeting(precept.getReserveMeetingId()).orElse(null));
        model.put("voteMeeting", precepts.meeting(precept.getVoteMeetingId()).orElse(null));
        return model;
    }

    // --- the secretariat ----------------------------------------------------------------------

    @GetMapping("/manage/precept")
    String manageYears(Model model) {
        PreceptForm form = new PreceptForm();
        form.setFinancialYear(
                Integer.toString(precepts.today().getYear() + (precepts.today().getMonthValue() > 3 ? 1 : 0)));
        model.addAttribute("form", form);
        model.addAttribute("years", precepts.all());
        return "precept/manage/precept-years";
    }

    @PostMapping("/manage/precept")
    String notify(
            @ModelAttribute("form") PreceptForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        PreceptYear.Notification notification = form.notification(result);
        if (!Forms.attempt(result, () -> precepts.notify(notification))) {
            model.addAttribute("years", precepts.all());
            return "precept/manage/precept-years";
        }
        redirect.addFlashAttribute(
                "flash", "The notification is recorded and the review and reserve meetings are in the work programme");
        return "redirect:/manage/precept/" + notification.financialYear();
    }

    @GetMapping("/manage/precept/{year}")
    String manageProcess(@PathVariable int year, Model model) {
        model.addAttribute("form", new PreceptForm());
        return managePage(year, model);
    }

    @PostMapping("/manage/precept/{year}/vote")
    String vote(
            @PathVariable int year,
            @ModelAttribute("form") PreceptForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Long meeting = form.votingMeeting(result);
        PreceptYear.Vote vote = form.vote(result);
        return step(
                year,
                result,
                model,
                redirect,
                "The vote has been recorded",
                () -> precepts.recordVote(year, form.getVersion(), meeting, vote));
    }

    @PostMapping("/manage/precept/{year}/report")
    String report(
            @PathVariable int year,
            @ModelAttribute("form") PreceptForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        LocalDate on = form.getDate().toDate(result, "date", "the date of the report", true);
        return step(
                year,
                result,
                model,
                redirect,
                "The report is published and in the recommendations tracker",
                () -> precepts.report(year, form.getVersion(), on));
    }

    @PostMapping("/manage/precept/{year}/revise")
    String revise(
            @PathVariable int year,
            @ModelAttribute("form") PreceptForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        LocalDate on = form.getDate().toDate(result, "date", "the date the revised precept was notified", true);
        BigDecimal increase = Forms.pounds(form.getIncrease(), result, "increase", true);
        return step(
                year,
                result,
                model,
                redirect,
                "The revised precept has been recorded",
                () -> precepts.revise(year, form.getVersion(), on, increase));
    }

    @PostMapping("/manage/precept/{year}/second-report")
    String secondReport(
            @PathVariable int year,
            @ModelAttribute("form") PreceptForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        LocalDate on = form.getDate().toDate(result, "date", "the date of the second report", true);
        return step(
                year,
                result,
                model,
                redirect,
                "The panel's report on the revised precept has been recorded",
                () -> precepts.secondReport(year, form.getVersion(), on, Forms.trimmed(form.getText())));
    }

    @PostMapping("/manage/precept/{year}/response")
    String response(
            @PathVariable int year,
            @ModelAttribute("form") PreceptForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        LocalDate on = form.getDate().toDate(result, "date", "the date of the Commissioner's response", true);
        BigDecimal increase = Forms.pounds(form.getIncrease(), result, "increase", true);
        return step(
                year,
                result,
                model,
                redirect,
                "The Commissioner's response has been recorded",
                () -> precepts.respond(year, form.getVersion(), on, increase));
    }

    private String step(
            int year,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            String done,
            Supplier<PreceptYear> action) {
        if (!Forms.attempt(result, action::get)) {
            return managePage(year, model);
        }
        redirect.addFlashAttribute("flash", done);
        return "redirect:/manage/precept/" + year;
    }

    private String managePage(int year, Model model) {
        PreceptYear precept = precepts.year(year);
        if (model.getAttribute("form") instanceof PreceptForm form) {
            form.setVersion(precept.getVersion());
        }
        model.addAllAttributes(processModel(precept));
        List<Option> meetings = new ArrayList<>();
        for (MeetingSummary meeting : precepts.votingMeetings(precept)) {
            int members = precepts.membersOn(meeting.date());
            meetings.add(Option.of(
                    meeting.id(),
                    meeting.name() + ", " + DisplayFormats.dayOf(meeting.date()) + " (" + members
                            + " members: a veto needs " + VetoThreshold.of(members) + ")"));
        }
        model.addAttribute("meetingOptions", Forms.withFirst("Choose the meeting", meetings));
        model.addAttribute(
                "reasons",
                Arrays.stream(PreceptYear.VetoReason.values())
                        .map(r -> Option.of(r.name(), "Vetoed as " + r.label()))
                        .toList());
        return "precept/manage/precept";
    }
}
