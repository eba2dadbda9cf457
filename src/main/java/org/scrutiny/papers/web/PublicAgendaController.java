package org.scrutiny.papers.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scrutiny.accounts.CurrentUser;
import org.scrutiny.accounts.Role;
import org.scrutiny.agenda.domain.Agenda;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.papers.ItemPapers;
import org.scrutiny.papers.domain.PaperFile;
import org.scrutiny.papers.domain.Publication;
import org.scrutiny.papers.domain.PublicationService;
import org.scrutiny.papers.domain.PublishedDocument;
import org.scrutiny.papers.domain.Report;
import org.scrutiny.papers.domain.ReportService;
import org.scrutiny.publishing.AccessiblePdf;
import org.scrutiny.publishing.DocumentReader;
import org.scrutiny.shared.web.UploadedFiles;
import org.springframework.http.CacheControl;
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
 * The published agenda of a meeting, for everyone: the agenda page, its reports as pages, their
 * files, and the documents of each published version. The newest version has a stable address;
 * every version also has its own, which never changes.
 */
@Controller
class PublicAgendaController {

    private final AgendaService agendas;
    private final ReportService reports;
    private final PublicationService publications;
    private final PanelMembership membership;
    private final AccessiblePdf pdf;
    private final DocumentReader reader;
    private final List<ItemPapers> itemPapers;
    private final Clock clock;

    PublicAgendaController(
            List<ItemPapers> itemPapers,
            AgendaService agendas,
            ReportService reports,
            PublicationService publications,
            PanelMembership membership,
            AccessiblePdf pdf,
            DocumentReader reader,
            Clock clock) {
        this.clock = clock;
        this.agendas = agendas;
        this.reports = reports;
        this.publications = publications;
        this.membership = membership;
        this.pdf = pdf;
        this.reader = reader;
        this.itemPapers = itemPapers;
    }

    @GetMapping("/meetings/{meetingId}/agenda")
    String agenda(@PathVariable long meetingId, Authentication authentication, Model model) {
        model.addAttribute("meeting", agendas.meeting(meetingId));
        Agenda agenda = agendas.agendaOf(meetingId).filter(Agenda::isPublished).orElse(null);
        model.addAttribute("agenda", agenda);
        model.addAttribute("latestPublication", agendas.latestPublication(meetingId));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("reports", agenda == null ? Map.of() : reports.byAgendaItem(meetingId));
        Map<Long, List<ItemPapers.Paper>> generated = new HashMap<>();
        if (agenda != null) {
            for (Agenda.NumberedItem entry : agenda.numbered()) {
                generated.put(
                        entry.item().getId(),
                        itemPapers.stream()
                                .flatMap(p -> p.paperFor(meetingId, entry.item().getPurpose()).stream())
                                .toList());
            }
        }
        model.addAttribute("generated", generated);
        List<Publication> versions = publications.versions(meetingId);
        List<Publication> ready = versions.stream().filter(Publication::isReady).toList();
        model.addAttribute("versions", ready);
        model.addAttribute("pending", versions.stream().anyMatch(Publication::isPending));
        Map<PublishedDocument.Kind, PublishedDocument.Info> latest = ready.isEmpty()
                ? Map.of()
                : publications
                        .documents(ready.subList(0, 1))
                        .getOrDefault(ready.get(0).getId(), Map.of());
        model.addAttribute("agendaDocument", latest.get(PublishedDocument.Kind.AGENDA));
        model.addAttribute("packDocument", latest.get(PublishedDocument.Kind.PACK));
        model.addAttribute("confidentialDocument", latest.get(PublishedDocument.Kind.CONFIDENTIAL_PACK));
        CurrentUser user = authentication == null ? null : CurrentUser.from(authentication);
        model.addAttribute(
                "member", user != null && (user.canManage() || user.roles().contains(Role.MEMBER)));
        return "papers/public/agenda";
    }

    /** The newest published agenda as a tagged, accessible PDF (PDF/UA-1). */
    @GetMapping("/meetings/{meetingId}/agenda.pdf")
    ResponseEntity<byte[]> agendaPdf(@PathVariable long meetingId) {
        return latest(meetingId, PublishedDocument.Kind.AGENDA);
    }

    /** The newest public agenda pack: the front sheet and every public paper in one file. */
    @GetMapping("/meetings/{meetingId}/agenda-pack.pdf")
    ResponseEntity<byte[]> pack(@PathVariable long meetingId) {
        return latest(meetingId, PublishedDocument.Kind.PACK);
    }

    @GetMapping("/meetings/{meetingId}/versions/{number}/agenda.pdf")
    ResponseEntity<byte[]> agendaVersion(@PathVariable long meetingId, @PathVariable int number) {
        return version(meetingId, number, PublishedDocument.Kind.AGENDA);
    }

    @GetMapping("/meetings/{meetingId}/versions/{number}/agenda-pack.pdf")
    ResponseEntity<byte[]> packVersion(@PathVariable long meetingId, @PathVariable int number) {
        return version(meetingId, number, PublishedDocument.Kind.PACK);
    }

    /** The pack with the exempt items' papers, for members of the panel and its officers. */
    @GetMapping("/members/meetings/{meetingId}/confidential-pack.pdf")
    ResponseEntity<byte[]> confidentialPack(@PathVariable long meetingId) {
        return latest(meetingId, PublishedDocument.Kind.CONFIDENTIAL_PACK);
    }

    @GetMapping("/members/meetings/{meetingId}/versions/{number}/confidential-pack.pdf")
    ResponseEntity<byte[]> confidentialPackVersion(@PathVariable long meetingId, @PathVariable int number) {
        return version(meetingId, number, PublishedDocument.Kind.CONFIDENTIAL_PACK);
    }

    /** An accepted report as a web page: HTML first. */
    @GetMapping("/meetings/{meetingId}/reports/{reportId}")
    String report(@PathVariable long meetingId, @PathVariable long reportId, Model model) {
        Map<String, Object> variables = reportModel(meetingId, reportId);
        Report report = (Report) variables.get("report");
        report.reportFile()
                .filter(file -> !file.isPdf())
                .ifPresent(file -> model.addAttribute("body", reader.htmlUnderHeading(reports.content(file))));
        model.addAllAttributes(variables);
        return "papers/public/report";
    }

    /** The same report as a PDF: rendered from the template or the Word document, or the PDF as uploaded. */
    @GetMapping("/meetings/{meetingId}/reports/{reportId}.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable long meetingId, @PathVariable long reportId) {
        Map<String, Object> variables = reportModel(meetingId, reportId);
        Report report = (Report) variables.get("report");
        PaperFile file = report.reportFile().orElse(null);
        byte[] body;
        if (file == null) {
            variables.put("panelName", membership.panel().name());
            body = pdf.render("papers/pdf/report", variables);
        } else if (file.isPdf()) {
            body = reports.content(file);
        } else {
            body = pdf.render(
                    "papers/pdf/upload",
                    Map.of("title", report.getTitle(), "body", reader.html(reports.content(file))));
        }
        return pdfResponse(body, "report-" + reportId + ".pdf", CacheControl.noCache());
    }

    /** A file of a published report: an appendix, the report as uploaded, or an accessible version. */
    @GetMapping("/meetings/{meetingId}/reports/{reportId}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long meetingId, @PathVariable long reportId, @PathVariable long fileId) {
        PaperFile file = reports.published(meetingId, reportId).file(fileId);
        return fileResponse(file, reports.content(file));
    }

    static ResponseEntity<byte[]> fileResponse(PaperFile file, byte[] content) {
        return UploadedFiles.send(content, file.getMediaType(), file.getFileName(), CacheControl.noCache());
    }

    private Map<String, Object> reportModel(long meetingId, long reportId) {
        Report report = reports.published(meetingId, reportId);
        Map<String, Object> variables = new HashMap<>();
        variables.put("report", report);
        variables.put("meeting", agendas.meeting(meetingId));
        variables.put("itemNumber", reports.itemNumber(report));
        return variables;
    }

    private ResponseEntity<byte[]> latest(long meetingId, PublishedDocument.Kind kind) {
        return pdfResponse(
                publications.document(meetingId, null, kind),
                kind.fileName() + "-" + agendas.meeting(meetingId).date() + ".pdf",
                kind == PublishedDocument.Kind.CONFIDENTIAL_PACK
                        ? CacheControl.noStore().cachePrivate()
                        : CacheControl.noCache());
    }

    private ResponseEntity<byte[]> version(long meetingId, int number, PublishedDocument.Kind kind) {
        return pdfResponse(
                publications.document(meetingId, number, kind),
                kind.fileName() + "-" + agendas.meeting(meetingId).date() + "-version-" + number + ".pdf",
                kind == PublishedDocument.Kind.CONFIDENTIAL_PACK
                        ? CacheControl.noStore().cachePrivate()
                        : CacheControl.maxAge(Duration.ofDays(365))
                                .cachePublic()
                                .immutable());
    }

    private static ResponseEntity<byte[]> pdfResponse(byte[] body, String filename, CacheControl cache) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(filename).build().toString())
                .cacheControl(cache)
                .body(body);
    }
}
