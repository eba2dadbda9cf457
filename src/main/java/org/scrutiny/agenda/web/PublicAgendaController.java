package org.scrutiny.agenda.web;

import java.util.HashMap;
import java.util.Map;
import org.scrutiny.agenda.domain.Agenda;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.agenda.domain.Report;
import org.scrutiny.agenda.domain.ReportService;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.publishing.AccessiblePdf;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The published agenda of a meeting, for everyone. */
@Controller
class PublicAgendaController {

    private final AgendaService agendas;
    private final ReportService reports;
    private final PanelMembership membership;
    private final AccessiblePdf pdf;

    private final org.scrutiny.agenda.domain.AgendaPackService packs;

    PublicAgendaController(
            AgendaService agendas,
            ReportService reports,
            PanelMembership membership,
            AccessiblePdf pdf,
            org.scrutiny.agenda.domain.AgendaPackService packs) {
        this.agendas = agendas;
        this.reports = reports;
        this.membership = membership;
        this.pdf = pdf;
        this.packs = packs;
    }

    /** The public agenda pack: the front sheet and every public report, in one PDF/UA file. */
    @GetMapping("/meetings/{meetingId}/agenda-pack.pdf")
    ResponseEntity<byte[]> pack(@PathVariable long meetingId) {
        return pdfResponse(
                packs.publicPack(meetingId),
                "agenda-pack-" + agendas.meeting(meetingId).date() + ".pdf");
    }

    /** An accepted report as a web page: HTML first. */
    @GetMapping("/meetings/{meetingId}/reports/{reportId}")
    String report(@PathVariable long meetingId, @PathVariable long reportId, Model model) {
        model.addAllAttributes(reportModel(meetingId, reportId));
        return "meetings/report";
    }

    /** The same report as a tagged, accessible PDF. */
    @GetMapping("/meetings/{meetingId}/reports/{reportId}.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable long meetingId, @PathVariable long reportId) {
        Map<String, Object> variables = reportModel(meetingId, reportId);
        variables.put("panelName", membership.panel().name());
        return pdfResponse(pdf.render("pdf/report", variables), "report-" + reportId + ".pdf");
    }

    private Map<String, Object> reportModel(long meetingId, long reportId) {
        Report report = reports.published(meetingId, reportId);
        Map<String, Object> variables = new HashMap<>();
        variables.put("report", report);
        variables.put("meeting", agendas.meeting(meetingId));
        variables.put("itemNumber", reports.itemNumber(report));
        return variables;
    }

    /** The published agenda as a tagged, accessible PDF (PDF/UA-1). */
    @GetMapping("/meetings/{meetingId}/agenda.pdf")
    ResponseEntity<byte[]> agendaPdf(@PathVariable long meetingId) {
        return pdfResponse(
                packs.publicAgenda(meetingId),
                "agenda-" + agendas.meeting(meetingId).date() + ".pdf");
    }

    private static ResponseEntity<byte[]> pdfResponse(byte[] body, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(filename).build().toString())
                .body(body);
    }

    @GetMapping("/meetings/{meetingId}/agenda")
    String agenda(@PathVariable long meetingId, Model model) {
        model.addAttribute("meeting", agendas.meeting(meetingId));
        Agenda agenda = agendas.agendaOf(meetingId).filter(Agenda::isPublished).orElse(null);
        model.addAttribute("agenda", agenda);
        model.addAttribute("latestPublication", agendas.latestPublication(meetingId));
        model.addAttribute("reports", agenda == null ? Map.of() : reports.byAgendaItem(meetingId));
        return "meetings/agenda";
    }
}
