package org.scrutiny.annualreport.web;

import org.scrutiny.annualreport.domain.AnnualReport;
import org.scrutiny.annualreport.domain.AnnualReportService;
import org.scrutiny.publishing.AccessiblePdf;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The panel's annual report for the public: a page with its charts and tables, and the same as a PDF. */
@Controller
class AnnualReportController {

    private final AnnualReportService reports;
    private final AccessiblePdf pdf;

    AnnualReportController(AnnualReportService reports, AccessiblePdf pdf) {
        this.reports = reports;
        this.pdf = pdf;
    }

    @GetMapping("/annual-report")
    String years(Model model) {
        model.addAttribute("years", reports.years());
        model.addAttribute("manage", false);
        return "annualreport/years";
    }

    @GetMapping("/annual-report/{year}")
    String report(@PathVariable String year, Model model) {
        AnnualReport report = reports.report(reports.yearAskedFor(year));
        model.addAttribute("report", report);
        model.addAttribute("hasPrevious", reports.mayReportOn(report.year().startYear() - 1));
        model.addAttribute("hasNext", reports.mayReportOn(report.year().startYear() + 1));
        return "annualreport/public/report";
    }

    @GetMapping("/annual-report/{year}.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable String year) {
        AnnualReport report = reports.report(reports.yearAskedFor(year));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("panel-annual-report-" + report.year().startYear() + ".pdf")
                                .build()
                                .toString())
                .body(pdf.render("annualreport/pdf/report", java.util.Map.of("report", report)));
    }
}
