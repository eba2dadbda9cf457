package org.scrutiny.papers.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scrutiny.agenda.ExemptionParagraph;
import org.scrutiny.agenda.domain.Agenda;
import org.scrutiny.agenda.domain.AgendaItem;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.agenda.domain.NoticeService;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.PanelMember;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.papers.ItemPapers;
import org.scrutiny.publishing.AccessiblePdf;
import org.scrutiny.publishing.DocumentReader;
import org.scrutiny.publishing.PdfBinder;
import org.scrutiny.shared.RecordNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the documents of a published agenda: the agenda alone, and the agenda pack (the front
 * sheet with the page range of each item's papers, then each item's papers starting on an odd
 * page, numbered throughout). The public pack leaves exempt items out; the confidential pack for
 * members keeps them. Authored reports and Word documents are rendered as tagged PDF; uploaded
 * PDFs are bound in as they are, and the front sheet says which are not accessible.
 */
@Service
public class AgendaPackService {

    /** A part of an item's papers: the report, or one of its appendices. */
    private record Part(String title, byte[] pdf, boolean accessible) {}

    /** An item's papers, in the pack's order. */
    record Paper(long itemId, int itemNumber, String itemTitle, boolean exempt, List<Part> parts) {

        int pages() {
            return parts.stream()
                    .mapToInt(p -> AccessiblePdf.pageCount(p.pdf()))
                    .sum();
        }
    }

    /** A paper that is not accessible, and where an accessible version is, if anywhere. */
    public record Inaccessible(int itemNumber, String title, String alternativeUrl) {}

    /** A built pack: the PDF, its length, and whether every part of it is tagged. */
    public record Built(byte[] pdf, int pages, boolean accessible) {}

    /** What a pack is made from, gathered in one short read. */
    record Input(Map<String, Object> frontSheet, List<Source> sources) {}

    /** An item the pack carries papers for: its accepted report, if any, and the papers generated for it. */
    private record Packed(Agenda.NumberedItem entry, Report report, List<ItemPapers.Document> generated) {}

    private record Source(
            long itemId,
            int itemNumber,
            String itemTitle,
            ExemptionParagraph exemption,
            Report report,
            List<ItemPapers.Document> generated,
            List<PaperFile> files,
            Map<Long, byte[]> contents,
            Map<Long, String> alternatives,
            Map<String, Object> frontSheet) {}

    private final AgendaService agendas;
    private final Reports reports;
    private final PaperFileContents contents;
    private final MeetingSchedule meetings;
    private final PanelMembership membership;
    private final NoticeService notices;
    private final AccessiblePdf pdf;
    private final DocumentReader reader;
    private final TransactionTemplate readOnly;
    /** Looked up when a pack is built: the modules that generate papers themselves use the agenda. */
    private final ObjectProvider<ItemPapers> itemPapers;

    private final String publicUrl;

    AgendaPackService(
            AgendaService agendas,
            Reports reports,
            PaperFileContents contents,
            MeetingSchedule meetings,
            PanelMembership membership,
            NoticeService notices,
            AccessiblePdf pdf,
            DocumentReader reader,
            TransactionTemplate transactions,
            ObjectProvider<ItemPapers> itemPapers,
            @Value("${scrutiny.public-url}") String publicUrl) {
        this.agendas = agendas;
        this.reports = reports;
        this.contents = contents;
        this.meetings = meetings;
        this.membership = membership;
        this.notices = notices;
        this.pdf = pdf;
        this.reader = reader;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.itemPapers = itemPapers;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** The agenda alone, as a PDF/UA document. */
    public byte[] agenda(long meetingId) {
        Map<String, Object> model = readOnly.execute(status -> frontSheet(meetingId));
        return pdf.render("papers/pdf/agenda", model);
    }

    static int pages(byte[] pdf) {
        return AccessiblePdf.pageCount(pdf);
    }

    /**
     * How many items a pack of the version published at {@code publishedAt} carries papers for: the
     * steps of its build. Reads no file contents and renders nothing.
     */
    public int paperCount(long meetingId, boolean confidential, Instant publishedAt) {
        return readOnly.execute(
                status -> packed(agendas.agendaOf(meetingId).orElseThrow(), meetingId, confidential, publishedAt)
                        .size());
    }

    /**
     * The items the pack carries papers for, in agenda order: those with an accepted report, and
     * standing items whose papers other modules generate (the minutes to approve, the review of
     * actions, the work programme), fixed as they stood when the version was published.
     */
    private List<Packed> packed(Agenda agenda, long meetingId, boolean confidential, Instant publishedAt) {
        Map<Long, Report> byItem = new HashMap<>();
        reports.findByMeetingId(meetingId).forEach(r -> byItem.put(r.getAgendaItemId(), r));
        List<Packed> packed = new ArrayList<>();
        for (Agenda.NumberedItem entry : agenda.numbered()) {
            AgendaItem item = entry.item();
            if (entry.number() == null || (!confidential && item.isExempt())) {
                continue;
            }
            Report report = byItem.get(item.getId());
            if (report != null && report.getStatus() != Report.Status.ACCEPTED) {
                report = null;
            }
            List<ItemPapers.Document> generated = itemPapers
                    .orderedStream()
                    .flatMap(papers -> papers.documentFor(meetingId, item.getPurpose(), publishedAt).stream())
                    .toList();
            if (report != null || !generated.isEmpty()) {
                packed.add(new Packed(entry, report, generated));
            }
        }
        return packed;
    }

    /**
     * Builds the pack of the version published at {@code publishedAt}, calling {@code step} as each
     * item's papers are ready.
     */
    public Built pack(long meetingId, boolean confidential, Instant publishedAt, Runnable step) {
        Input input = input(meetingId, confidential, publishedAt);
        List<Paper> papers = new ArrayList<>();
        List<Inaccessible> inaccessible = new ArrayList<>();
        for (Source source : input.sources()) {
            papers.add(paper(source, inaccessible));
            step.run();
        }

        Map<String, Object> frontSheet = new HashMap<>(input.frontSheet());
        frontSheet.put("confidential", confidential);
        frontSheet.put("inaccessible", inaccessible);
        frontSheet.put("ranges", placeholderRanges(papers));
        int frontPages = AccessiblePdf.pageCount(pdf.render("papers/pdf/pack", frontSheet));
        List<AgendaPack.Placement> placements = AgendaPack.place(
                frontPages,
                papers.stream()
                        .map(p -> new AgendaPack.Paper(p.itemId(), p.itemNumber(), p.itemTitle(), p.pages()))
                        .toList());
        Map<Long, String> ranges = new HashMap<>();
        placements.forEach(p -> ranges.put(p.itemId(), p.pages()));
        frontSheet.put("ranges", ranges);

        boolean accessible = inaccessible.isEmpty();
        try (PdfBinder binder = new PdfBinder(pdf.render("papers/pdf/pack", frontSheet), "Agenda")) {
            for (Paper paper : papers) {
                String label = "Agenda item " + paper.itemNumber() + (paper.exempt() ? ": not for publication" : "");
                boolean first = true;
                for (Part part : paper.parts()) {
                    if (first) {
                        binder.appendItem(part.pdf(), paper.itemNumber() + ". " + paper.itemTitle(), label);
                        first = false;
                    } else {
                        binder.appendAttachment(part.pdf(), part.title());
                    }
                }
            }
            byte[] bound = binder.finish();
            return new Built(bound, AccessiblePdf.pageCount(bound), accessible);
        }
    }

    private Paper paper(Source source, List<Inaccessible> inaccessible) {
        List<Part> parts = new ArrayList<>();
        if (source.report() != null) {
            parts.add(reportPart(source, inaccessible));
        }
        int appendix = 0;
        for (PaperFile file : source.files()) {
            if (file.getRole() == PaperFile.Role.APPENDIX) {
                appendix++;
                parts.add(part(source, file, "Appendix " + appendix + ": " + file.getTitle(), inaccessible));
            }
        }
        for (ItemPapers.Document generated : source.generated()) {
            parts.add(new Part(generated.title(), generated.pdf().get(), true));
        }
        return new Paper(source.itemId(), source.itemNumber(), source.itemTitle(), source.exemption() != null, parts);
    }

    /** The report itself: the file uploaded as it, or the report written in the template. */
    private Part reportPart(Source source, List<Inaccessible> inaccessible) {
        Report report = source.report();
        if (report.isUploaded()) {
            PaperFile file = source.files().stream()
                    .filter(f -> f.getRole() == PaperFile.Role.REPORT)
                    .findFirst()
                    .orElseThrow();
            return part(source, file, report.getTitle(), inaccessible);
        }
        Map<String, Object> model = new HashMap<>(source.frontSheet());
        model.put("report", report);
        model.put("itemNumber", source.itemNumber());
        model.put("exemption", source.exemption());
        model.put("inPack", true);
        return new Part(report.getTitle(), pdf.render("papers/pdf/report", model), true);
    }

    private Part part(Source source, PaperFile file, String title, List<Inaccessible> inaccessible) {
        byte[] bytes = source.contents().get(file.getId());
        if (!file.isPdf()) {
            Map<String, Object> model = new HashMap<>();
            model.put("title", title);
            model.put("body", reader.html(bytes));
            return new Part(title, pdf.render("papers/pdf/upload", model), true);
        }
        if (!file.isAccessible()) {
            inaccessible.add(new Inaccessible(
                    source.itemNumber(), title, source.alternatives().get(file.getId())));
        }
        return new Part(title, bytes, file.isAccessible());
    }

    private static Map<Long, String> placeholderRanges(List<Paper> papers) {
        Map<Long, String> ranges = new HashMap<>();
        papers.forEach(p -> ranges.put(p.itemId(), "000 - 000"));
        return ranges;
    }

    /** Reads what the pack needs in one read-only transaction, so the long build holds no connection. */
    private Input input(long meetingId, boolean confidential, Instant publishedAt) {
        return readOnly.execute(status -> {
            Map<String, Object> frontSheet = frontSheet(meetingId);
            Agenda agenda = (Agenda) frontSheet.get("agenda");
            List<Source> sources = new ArrayList<>();
            for (Packed packed : packed(agenda, meetingId, confidential, publishedAt)) {
                Agenda.NumberedItem entry = packed.entry();
                AgendaItem item = entry.item();
                Report report = packed.report();
                List<PaperFile> files = report == null ? List.of() : List.copyOf(report.getFiles());
                Map<Long, byte[]> bytes = new LinkedHashMap<>();
                Map<Long, String> alternatives = new HashMap<>();
                for (PaperFile file : files) {
                    if (file.getRole() != PaperFile.Role.ALTERNATIVE) {
                        bytes.put(
                                file.getId(),
                                contents.findById(file.getId()).orElseThrow().content());
                        report.accessibleVersionOf(file)
                                .ifPresent(alt -> alternatives.put(
                                        file.getId(),
                                        publicUrl + "/meetings/" + meetingId + "/reports/" + report.getId() + "/files/"
                                                + alt.getId()));
                    }
                }
                sources.add(new Source(
                        item.getId(),
                        entry.number(),
                        item.getTitle(),
                        item.exemption(),
                        report,
                        packed.generated(),
                        files,
                        bytes,
                        alternatives,
                        frontSheet));
            }
            return new Input(frontSheet, sources);
        });
    }

    /** What the agenda and the pack's front sheet show: the panel, the meeting, its items and its people. */
    private Map<String, Object> frontSheet(long meetingId) {
        Agenda agenda = agendas.agendaOf(meetingId)
                .filter(Agenda::isPublished)
                .orElseThrow(() -> new RecordNotFoundException("Published agenda of meeting", meetingId));
        agenda.getItems().size();
        MeetingSummary meeting =
                meetings.meeting(meetingId).orElseThrow(() -> new RecordNotFoundException("Meeting", meetingId));
        PanelDetails panel = membership.panel();
        Map<String, Object> model = new HashMap<>();
        model.put("panelName", panel.name());
        model.put("meeting", meeting);
        model.put("agenda", agenda);
        model.put(
                "contact",
                panel.configured()
                        ? panel.email() + (panel.telephone() != null ? ", " + panel.telephone() : "")
                        : null);
        model.put(
                "members",
                membership.membersOn(meeting.date()).stream()
                        .map(PanelMember::formalName)
                        .toList());
        model.put("substitutes", membership.substitutesNamedOn(meeting.date()));
        model.put("officers", membership.panelOfficersOn(meeting.date()));
        model.put(
                "questionNotice",
                AgendaService.questionNotice(notices.rules()
                        .questionDeadline(
                                notices.calendar(),
                                meeting.date(),
                                agenda.publishedInLondon().toLocalDate())));
        return model;
    }
}
