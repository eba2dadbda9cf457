package org.scrutiny.costs.web;

import java.util.List;
import java.util.Map;
import org.scrutiny.accounts.CurrentUser;
import org.scrutiny.costs.domain.CostReport;
import org.scrutiny.costs.domain.CostService;
import org.scrutiny.costs.domain.CostYear;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.publishing.AccessiblePdf;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.web.Csv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the panel costs, for the public: each year's report with the allocation, the costs by
 * category and each member's allowances and expenses (also as CSV); and, for a member, their own
 * claims.
 */
@Controller
class CostsController {

    private final CostService costs;
    private final PanelMembership membership;
    private final AccessiblePdf pdf;

    CostsController(CostService costs, PanelMembership membership, AccessiblePdf pdf) {
        this.costs = costs;
        this.membership = membership;
        this.pdf = pdf;
    }

    @GetMapping("/costs")
    String years(Model model) {
        model.addAttribute("years", costs.years());
        return "costs/public/years";
    }

    @GetMapping("/costs/{year}")
    String report(@PathVariable String year, Model model) {
        model.addAttribute("report", costs.report(startYear(year)));
        return "costs/public/report";
    }

    @GetMapping("/costs/{year}.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable String year) {
        CostReport report = costs.report(startYear(year));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        inline("costs-" + report.year().getStartYear() + ".pdf"))
                .body(pdf.render("costs/pdf/report", Map.of("report", report)));
    }

    /** Each member's allowances and expenses in the year, one row a member. */
    @GetMapping("/costs/{year}/members.csv")
    ResponseEntity<byte[]> membersCsv(@PathVariable String year) {
        CostReport report = costs.report(startYear(year));
        return Csv.download(
                "member-costs-" + report.year().getStartYear() + ".csv",
                List.of("member", "allowances", "expenses", "total"),
                report.members().stream()
                        .map(member -> List.of(
                                member.name(),
                                member.allowances().toPlainString(),
                                member.expenses().toPlainString(),
                                member.total().toPlainString()))
                        .toList());
    }

    @GetMapping("/members/expenses")
    String myClaims(Authentication authentication, Model model) {
        CurrentUser user = CurrentUser.from(authentication);
        model.addAttribute(
                "claims",
                membership
                        .personWithEmail(user == null ? null : user.name())
                        .map(costs::claimsOf)
                        .orElse(List.of()));
        return "costs/members/claims";
    }

    private int startYear(String year) {
        if (year == null || !year.matches("\\d{4}")) {
            throw new RecordNotFoundException("Financial year", year);
        }
        return costs.find(Integer.parseInt(year))
                .map(CostYear::getStartYear)
                .orElseThrow(() -> new RecordNotFoundException("Financial year", year));
    }

    private static String inline(String name) {
        return ContentDisposition.inline().filename(name).build().toString();
    }
}
