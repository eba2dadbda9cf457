package org.scrutiny.agenda.web;

import java.util.HashMap;
import java.util.Map;
import org.scrutiny.agenda.domain.Agenda;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.agenda.domain.Report;
import org.scrutiny.agenda.domain.ReportService;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.PanelMember;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.publishing.AccessiblePdf;
import org.scrutiny.shared.RecordNotFoundException;
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
        byte[] body = packs.publicPack(meetingId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("agenda-pack-"
                                        + agendas.meeting(meetingId).date() + ".pdf")
                                .build()
                                .toString())
                .body(body);
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
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("report-" + reportId + ".pdf")
                                .build()
                                .toString())
                .body(pdf.render("pdf/report", variables));
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
        MeetingSummary meeting = agendas.meeting(meetingId);
        Agenda agenda = agendas.agendaOf(meetingId)
                .filter(Agenda::isPublished)
                .orElseThrow(() -> new RecordNotFoundException("Published agenda of meeting", meetingId));
        PanelDetails panel = membership.panel();
        Map<String, Object> variables = new HashMap<>();
        variables.put("panelName", panel.name());
        variables.put("meeting", meeting);
        variables.put("agenda", agenda);
        variables.put(
                "contact",
                panel.configured()
                        ? panel.email() + (panel.telephone() != null ? ", " + panel.telephone() : "")
                        : null);
        variables.put(
                "members",
                membership.membersOn(meeting.date()).stream()
                        .map(PanelMember::formalName)
                        .toList());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("agenda-" + meeting.date() + ".pdf")
                                .build()
                                .toString())
                .body(pdf.render("pdf/agenda", variables));
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
