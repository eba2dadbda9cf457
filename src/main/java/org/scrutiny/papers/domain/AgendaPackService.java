package org.scrutiny.papers.domain;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
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
import org.springframework.beans.factory.annotation.Qualifier;
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

    /** A part of an item's papers (the report, one of its appendices, a generated paper), read for binding. */
    private record Part(String title, PdfBinder.Paper pdf) {}

    /** An uploaded file of an item's papers, with the title the pack gives it. */
    private record TitledFile(String title, PaperFile file) {}

    /** An item's papers, in the pack's order; closing it closes what was read. */
    record Paper(long itemId, int itemNumber, String itemTitle, boolean exempt, List<Part> parts)
            implements AutoCloseable {

        int pages() {
            return parts.stream().mapToInt(p -> p.pdf().pages()).sum();
        }

        @Override
        public void close() {
            parts.forEach(p -> p.pdf().close());
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
    /** Where papers are made while a pack is bound: the application's task executor. */
    private final Executor executor;
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
            @Qualifier("applicationTaskExecutor") Executor executor,
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
        this.executor = executor;
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

    /** The agenda alone, as {@link #agenda(long)}, made on the application's task executor. */
    CompletableFuture<byte[]> agendaAside(long meetingId) {
        return CompletableFuture.supplyAsync(() -> agenda(meetingId), executor);
    }

    /**
     * Builds the pack of the version published at {@code publishedAt}, calling {@code step} as each
     * item's papers are ready. The papers are made (rendered, or read) on the application's task
     * executor, beside the first rendering of the front sheet, and bound here as each is ready:
     * making them is most of a build, and this spreads it over the machine's cores.
     */
    public Built pack(long meetingId, boolean confidential, Instant publishedAt, Runnable step) {
        Input input = input(meetingId, confidential, publishedAt);
        List<CompletableFuture<Paper>> making = input.sources().stream()
                .map(source -> CompletableFuture.supplyAsync(() -> paper(source), executor))
                .toList();
        try {
            Map<String, Object> frontSheet = new HashMap<>(input.frontSheet());
            frontSheet.put("confidential", confidential);
            List<Inaccessible> inaccessible = input.sources().stream()
                    .flatMap(source -> inaccessible(source).stream())
                    .toList();
            frontSheet.put("inaccessible", inaccessible);
            frontSheet.put("ranges", placeholderRanges(input.sources()));
            int frontPages = AccessiblePdf.pageCount(pdf.render("papers/pdf/pack", frontSheet));

            List<Paper> papers = new ArrayList<>();
            for (CompletableFuture<Paper> paper : making) {
                papers.add(joined(paper));
                step.run();
            }
            List<AgendaPack.Placement> placements = AgendaPack.place(
                    frontPages,
                    papers.stream()
                            .map(p -> new AgendaPack.Paper(p.itemId(), p.itemNumber(), p.itemTitle(), p.pages()))
                            .toList());
            Map<Long, String> ranges = new HashMap<>();
            placements.forEach(p -> ranges.put(p.itemId(), p.pages()));
            frontSheet.put("ranges", ranges);

            try (PdfBinder binder = new PdfBinder(pdf.render("papers/pdf/pack", frontSheet), "Agenda")) {
                for (Paper paper : papers) {
                    String label =
                            "Agenda item " + paper.itemNumber() + (paper.exempt() ? ": not for publication" : "");
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
                return new Built(bound, binder.pageCount(), inaccessible.isEmpty());
            }
        } finally {
            for (CompletableFuture<Paper> paper : making) {
                closeWhenMade(paper);
            }
        }
    }

    /** What a future gave, or the failure that stopped it, unwrapped. */
    static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Closes a paper once it is made; one whose making failed holds nothing open. */
    private static void closeWhenMade(CompletableFuture<Paper> paper) {
        try {
            paper.join().close();
        } catch (CompletionException | CancellationException e) {
            // Its failure is the build's failure, reported by whoever joined it first.
        }
    }

    private Paper paper(Source source) {
        List<Part> parts = new ArrayList<>();
        try {
            if (source.report() != null && !source.report().isUploaded()) {
                parts.add(authoredReport(source));
            }
            for (TitledFile file : files(source)) {
                parts.add(part(file, source.contents().get(file.file().getId())));
            }
            for (ItemPapers.Document generated : source.generated()) {
                parts.add(new Part(
                        generated.title(), PdfBinder.read(generated.pdf().get())));
            }
        } catch (RuntimeException e) {
            parts.forEach(p -> p.pdf().close());
            throw e;
        }
        return new Paper(source.itemId(), source.itemNumber(), source.itemTitle(), source.exemption() != null, parts);
    }

    /**
     * The files an item's papers bind in, in order, titled: the report when it was uploaded, then
     * its appendices.
     */
    private static List<TitledFile> files(Source source) {
        List<TitledFile> files = new ArrayList<>();
        Report report = source.report();
        if (report != null && report.isUploaded()) {
            files.add(new TitledFile(
                    report.getTitle(),
                    source.files().stream()
                            .filter(f -> f.getRole() == PaperFile.Role.REPORT)
                            .findFirst()
                            .orElseThrow()));
        }
        int appendix = 0;
        for (PaperFile file : source.files()) {
            if (file.getRole() == PaperFile.Role.APPENDIX) {
                appendix++;
                files.add(new TitledFile("Appendix " + appendix + ": " + file.getTitle(), file));
            }
        }
        return files;
    }

    /** The uploaded PDFs of an item's papers that are not tagged, and where an accessible version is. */
    private static List<Inaccessible> inaccessible(Source source) {
        return files(source).stream()
                .filter(f -> f.file().isPdf() && !f.file().isAccessible())
                .map(f -> new Inaccessible(
                        source.itemNumber(),
                        f.title(),
                        source.alternatives().get(f.file().getId())))
                .toList();
    }

    /** The report written in the template, rendered as a tagged PDF. */
    private Part authoredReport(Source source) {
        Report report = source.report();
        Map<String, Object> model = new HashMap<>(source.frontSheet());
        model.put("report", report);
        model.put("itemNumber", source.itemNumber());
        model.put("exemption", source.exemption());
        model.put("inPack", true);
        return new Part(report.getTitle(), PdfBinder.read(pdf.render("papers/pdf/report", model)));
    }

    /** An uploaded file: a PDF as it is, a Word document rendered as a tagged PDF. */
    private Part part(TitledFile file, byte[] bytes) {
        if (!file.file().isPdf()) {
            Map<String, Object> model = new HashMap<>();
            model.put("title", file.title());
            model.put("body", reader.html(bytes));
            return new Part(file.title(), PdfBinder.read(pdf.render("papers/pdf/upload", model)));
        }
        try {
            return new Part(file.title(), PdfBinder.read(bytes));
        } catch (UncheckedIOException e) {
            // Said on the secretariat's publications page: which upload to replace.
            throw new UncheckedIOException(
                    "the file \"" + file.file().getFileName() + "\" (" + file.title() + ") could not be read as a PDF",
                    e.getCause());
        }
    }

    private static Map<Long, String> placeholderRanges(List<Source> sources) {
        Map<Long, String> ranges = new HashMap<>();
        sources.forEach(s -> ranges.put(s.itemId(), "000 - 000"));
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
