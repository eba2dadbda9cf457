package org.scrutiny.annualreport.web;

import org.scrutiny.annualreport.domain.AnnualReportService;
import org.scrutiny.annualreport.domain.AnnualReportText;
import org.scrutiny.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat types the Chair's foreword and the narrative; every figure comes from the records. */
@Controller
class ManageAnnualReportController {

    /** The columns are text; these bound what a person may type, as every other long box does. */
    static final int FOREWORD_LIMIT = 10_000;

    static final int NARRATIVE_LIMIT = 30_000;

    private final AnnualReportService reports;

    ManageAnnualReportController(AnnualReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/manage/annual-report")
    String years(Model model) {
        model.addAttribute("years", reports.years());
        model.addAttribute("manage", true);
        return "annualreport/years";
    }

    @GetMapping("/manage/annual-report/{year}")
    String edit(@PathVariable String year, Model model) {
        int startYear = reports.yearAskedFor(year).startYear();
        AnnualReportText text = reports.text(startYear);
        AnnualReportForm form = new AnnualReportForm();
        form.setForeword(text.getForeword());
        form.setNarrative(text.getNarrative());
        form.setVersion(text.getVersion());
        model.addAttribute("form", form);
        return page(startYear, model);
    }

    @PostMapping("/manage/annual-report/{year}")
    String save(
            @PathVariable String year,
            @ModelAttribute("form") AnnualReportForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        int startYear = reports.yearAskedFor(year).startYear();
        String foreword = Forms.limited(form.getForeword(), "foreword", "The foreword", FOREWORD_LIMIT, result);
        String narrative = Forms.limited(form.getNarrative(), "narrative", "The narrative", NARRATIVE_LIMIT, result);
        if (result.hasErrors()
                || !Forms.attempt(result, () -> reports.write(startYear, form.getVersion(), foreword, narrative))) {
            return page(startYear, model);
        }
        redirect.addFlashAttribute(
                "flash", "The annual report " + reports.year(startYear).label() + " has been saved");
        return "redirect:/manage/annual-report/" + startYear;
    }

    private String page(int startYear, Model model) {
        model.addAttribute("report", reports.report(reports.year(startYear)));
        return "annualreport/manage/edit";
    }
}
