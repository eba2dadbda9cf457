package org.scrutiny.costs.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import org.scrutiny.costs.domain.CostCategory;
import org.scrutiny.costs.domain.CostEntry;
import org.scrutiny.costs.domain.CostService;
import org.scrutiny.costs.domain.CostYear;
import org.scrutiny.membership.PanelMember;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.web.DateInput;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.Option;
import org.scrutiny.shared.web.PeriodForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat opens a financial year, corrects its grant, and charges costs to it. */
@Controller
@RequestMapping("/manage/costs")
class ManageCostsController {

    /** The column holds 500 characters. */
    static final int NOTE_LIMIT = 500;

    private final CostService costs;

    ManageCostsController(CostService costs) {
        this.costs = costs;
    }

    @GetMapping
    String years(Model model) {
        model.addAttribute("openForm", new OpenYearForm());
        return yearsPage(model);
    }

    @PostMapping
    String open(
            @ModelAttribute("openForm") OpenYearForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Integer startYear = Forms.wholeNumber(
                form.getStartYear(),
                result,
                "startYear",
                "The year must be a year like 2023, for the financial year 2023/24, between 2000 and 2100",
                true,
                2000,
                2100);
        if (startYear == null || !Forms.attempt(result, () -> costs.open(startYear))) {
            return yearsPage(model);
        }
        redirect.addFlashAttribute("flash", "The financial year " + CostYear.label(startYear) + " is open");
        return "redirect:/manage/costs/" + startYear;
    }

    @GetMapping("/{year}")
    String year(@PathVariable String year, Model model) {
        CostYear costYear = costYear(year);
        model.addAttribute("grantForm", grantForm(costYear));
        model.addAttribute("costForm", new CostForm());
        return yearPage(costYear, model);
    }

    /** The claim for part of the year: what was spent, what may still be claimed, what is over. */
    @GetMapping("/{year}/claim")
    String claim(
            @PathVariable String year, @ModelAttribute("period") PeriodForm period, BindingResult result, Model model) {
        CostYear costYear = costYear(year);
        if (period.getFrom().isBlank() && period.getTo().isBlank()) {
            period.setFrom(DateInput.of(costYear.firstDay()));
            period.setTo(DateInput.of(costYear.lastDay()));
        }
        LocalDate from = period.getFrom().toDate(result, "from", "the start of the period", true);
        LocalDate to = period.getTo().toDate(result, "to", "the end of the period", true);
        model.addAttribute("year", costYear);
        if (!result.hasErrors()) {
            Forms.saved(result, () -> costs.claim(costYear.getStartYear(), from, to))
                    .ifPresent(claim -> model.addAttribute("report", claim));
        }
        return "costs/manage/claim";
    }

    @PostMapping("/{year}/grant")
    String grant(
            @PathVariable String year,
            @ModelAttribute("grantForm") GrantForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CostYear costYear = costYear(year);
        BigDecimal fixed = Forms.pounds(form.getFixedSum(), result, "fixedSum", true);
        BigDecimal each = Forms.pounds(form.getPerMember(), result, "perMember", true);
        Integer members = Forms.wholeNumber(
                form.getMembers(), result, "members", "The number of members must be between 0 and 100", true, 0, 100);
        checkGrantPart(fixed, "fixedSum", result);
        checkGrantPart(each, "perMember", result);
        if (!Forms.attempt(
                result, () -> costs.setGrant(costYear.getStartYear(), form.getVersion(), fixed, each, members))) {
            model.addAttribute("costForm", new CostForm());
            return yearPage(costYear, model);
        }
        redirect.addFlashAttribute("flash", "The grant for " + costYear.label() + " has been saved");
        return "redirect:/manage/costs/" + costYear.getStartYear();
    }

    @PostMapping("/{year}/entries")
    String charge(
            @PathVariable String year,
            @ModelAttribute("costForm") CostForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CostYear costYear = costYear(year);
        CostCategory category = Forms.choice(
                CostCategory.class, form.getCategory(), result, "category", "Select what the cost was for");
        LocalDate spentOn = form.getSpentOn().toDate(result, "spentOn", "the date of the cost", true);
        BigDecimal amount = Forms.pounds(form.getAmount(), result, "amount", true);
        String note = Forms.required(
                form.getNote(), "note", "The note", NOTE_LIMIT, "Enter what the cost was, like Room hire, AGM", result);
        Long personId = Forms.id(form.getPersonId());
        if (!Forms.attempt(
                result,
                () -> costs.charge(
                        costYear.getStartYear(),
                        new CostEntry.Charge(category, spentOn, amount, note, personId, null)))) {
            model.addAttribute("grantForm", grantForm(costYear));
            return yearPage(costYear, model);
        }
        redirect.addFlashAttribute("flash", "The cost of £" + amount.toPlainString() + " has been charged");
        return "redirect:/manage/costs/" + costYear.getStartYear();
    }

    @PostMapping("/{year}/entries/{id}/remove")
    String remove(
            @PathVariable String year,
            @PathVariable long id,
            @RequestParam(defaultValue = "0") long version,
            RedirectAttributes redirect) {
        CostYear costYear = costYear(year);
        costs.remove(id, version);
        redirect.addFlashAttribute("flash", "The cost has been removed");
        return "redirect:/manage/costs/" + costYear.getStartYear();
    }

    private static void checkGrantPart(BigDecimal amount, String field, BindingResult result) {
        if (amount != null && (amount.signum() < 0 || amount.compareTo(CostService.LARGEST_ENTRY) > 0)) {
            result.rejectValue(field, "range", "The amount must be between £0.00 and £1,000,000.00");
        }
    }

    private String yearsPage(Model model) {
        model.addAttribute("years", costs.years());
        return "costs/manage/years";
    }

    private String yearPage(CostYear year, Model model) {
        model.addAttribute("report", costs.report(year.getStartYear()));
        model.addAttribute(
                "categories",
                Forms.withFirst(
                        "Choose what the cost was for",
                        Arrays.stream(CostCategory.values())
                                .map(c -> Option.of(c.name(), c.label()))
                                .toList()));
        model.addAttribute(
                "members",
                Forms.withFirst(
                        "Not a member’s cost",
                        Forms.options(costs.membersIn(year), PanelMember::personId, PanelMember::formalName)));
        return "costs/manage/year";
    }

    private static GrantForm grantForm(CostYear year) {
        GrantForm form = new GrantForm();
        form.setFixedSum(year.getFixedSum().toPlainString());
        form.setPerMember(year.getPerMember().toPlainString());
        form.setMembers(Integer.toString(year.getMembers()));
        form.setVersion(year.getVersion());
        return form;
    }

    private CostYear costYear(String year) {
        if (year == null || !year.matches("\\d{4}")) {
            throw new RecordNotFoundException("Financial year", year);
        }
        return costs.year(Integer.parseInt(year));
    }
}
