package org.scrutiny.papers.domain;

import static org.scrutiny.opendata.OParlType.AGENDA_ITEM;
import static org.scrutiny.opendata.OParlType.BODY;
import static org.scrutiny.opendata.OParlType.CONSULTATION;
import static org.scrutiny.opendata.OParlType.FILE;
import static org.scrutiny.opendata.OParlType.MEETING;
import static org.scrutiny.opendata.OParlType.ORGANIZATION;
import static org.scrutiny.opendata.OParlType.PAPER;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.scrutiny.opendata.OParlObject;
import org.scrutiny.opendata.OParlObject.Embedded;
import org.scrutiny.opendata.OParlObject.Lazy;
import org.scrutiny.opendata.OParlObject.Page;
import org.scrutiny.opendata.OParlObject.Ref;
import org.scrutiny.opendata.OpenDataSources;
import org.scrutiny.publishing.DocumentReader;
import org.scrutiny.shared.London;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published papers: each public report as a paper considered at its meeting (a consultation),
 * with its files (the report as uploaded or as the site renders it, its appendices and accessible
 * versions), and each meeting's latest published agenda (its invitation) and agenda pack. Only what
 * the public may read: accepted, on a published agenda, for an item neither exempt nor withdrawn;
 * a paper withdrawn later is served as deleted. Files stored as uploaded or as published carry
 * their size and SHA-512 checksum; a report the site renders on request has neither.
 */
@Component
class PapersOpenData implements OpenDataSources {

    private final ReportService service;
    private final Publications publications;
    private final PublicationService publishing;
    private final PublishedDocuments documents;
    private final PaperFileContents contents;
    private final DocumentReader reader;

    PapersOpenData(
            ReportService service,
            Publications publications,
            PublicationService publishing,
            PublishedDocuments documents,
            PaperFileContents contents,
            DocumentReader reader) {
        this.service = service;
        this.publications = publications;
        this.publishing = publishing;
        this.documents = documents;
        this.contents = contents;
        this.reader = reader;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OParlObject> objects() {
        List<OParlObject> objects = new ArrayList<>();
        agendas(objects);
        for (ReportService.PublicReport shown : service.allPublic()) {
            paper(shown.report(), shown.itemNumber(), objects);
        }
        return objects;
    }

    /** Each meeting's latest published agenda and pack, as they were built. */
    private void agendas(List<OParlObject> objects) {
        Map<Long, Publication> latest = new HashMap<>();
        for (Publication publication : publications.findAll()) {
            if (publication.isReady()) {
                latest.merge(publication.getMeetingId(), publication, (a, b) -> a.getNumber() >= b.getNumber() ? a : b);
            }
        }
        List<Publication> versions = latest.values().stream()
                .sorted(Comparator.comparing(Publication::getMeetingId))
                .toList();
        Map<Long, Map<PublishedDocument.Kind, PublishedDocument.Info>> built = publishing.documents(versions);
        for (Publication version : versions) {
            Map<String, Object> meeting = new LinkedHashMap<>();
            Map<PublishedDocument.Kind, PublishedDocument.Info> kinds = built.getOrDefault(version.getId(), Map.of());
            for (PublishedDocument.Kind kind : List.of(PublishedDocument.Kind.AGENDA, PublishedDocument.Kind.PACK)) {
                PublishedDocument.Info info = kinds.get(kind);
                if (info == null) {
                    continue;
                }
                String key = kind.fileName() + "-" + info.id();
                String path = "/meetings/" + version.getMeetingId() + "/versions/" + version.getNumber() + "/"
                        + kind.fileName() + ".pdf";
                Supplier<byte[]> bytes = () -> documents
                        .findById(info.id())
                        .map(PublishedDocument::getContent)
                        .orElseThrow();
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("name", kind == PublishedDocument.Kind.AGENDA ? "Agenda" : "Agenda pack");
                fields.put("fileName", kind.fileName() + "-" + version.getMeetingId() + ".pdf");
                fields.put("mimeType", "application/pdf");
                fields.put("date", version.getPublishedAt().atZone(London.ZONE).toLocalDate());
                fields.put("size", info.sizeBytes());
                fields.put("sha512Checksum", new Lazy(() -> sha512(bytes.get())));
                // The pack binds the agenda and the papers, whose text their own files carry.
                fields.put(
                        "text",
                        kind == PublishedDocument.Kind.AGENDA
                                ? new Lazy(() -> reader.read(bytes.get(), kind.fileName() + ".pdf")
                                        .text())
                                : null);
                fields.put("accessUrl", new Page(path));
                fields.put("downloadUrl", new Page(path));
                fields.put("fileLicense", OParlObject.OPEN_GOVERNMENT_LICENCE);
                fields.put("meeting", List.of(Ref.to(MEETING, version.getMeetingId())));
                objects.add(OParlObject.of(FILE, key, fields));
                if (kind == PublishedDocument.Kind.AGENDA) {
                    meeting.put("invitation", Embedded.of(FILE, key));
                } else {
                    meeting.put("auxiliaryFile", List.of(Embedded.of(FILE, key)));
                }
            }
            objects.add(OParlObject.extending(MEETING, version.getMeetingId(), meeting));
        }
    }

    private void paper(Report report, int number, List<OParlObject> objects) {
        String page = "/meetings/" + report.getMeetingId() + "/reports/" + report.getId();
        Ref paper = Ref.to(PAPER, report.getId());

        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("body", Ref.to(BODY, OParlObject.THE_PANEL));
        fields.put("name", report.getTitle());
        fields.put("reference", "Meeting " + report.getMeetingId() + ", item " + number);
        fields.put("date", report.getDueDate());
        fields.put(
                "paperType",
                report.getAuthor() == Report.Author.OPCC ? "Report of the Commissioner's office" : "Report");
        PaperFile main = report.reportFile().orElse(null);
        if (main == null) {
            String key = "report-" + report.getId();
            Map<String, Object> rendered = new LinkedHashMap<>();
            rendered.put("name", report.getTitle());
            rendered.put("fileName", "report-" + report.getId() + ".pdf");
            rendered.put("mimeType", "application/pdf");
            rendered.put("text", sectionsText(report));
            rendered.put("accessUrl", new Page(page + ".pdf"));
            rendered.put("downloadUrl", new Page(page + ".pdf"));
            rendered.put("fileLicense", OParlObject.OPEN_GOVERNMENT_LICENCE);
            rendered.put("paper", List.of(paper));
            objects.add(OParlObject.of(FILE, key, rendered));
            fields.put("mainFile", Embedded.of(FILE, key));
        } else {
            objects.add(file(main, page, paper));
            fields.put("mainFile", Embedded.of(FILE, "paper-" + main.getId()));
        }
        List<Object> auxiliary = new ArrayList<>();
        for (PaperFile file : report.getFiles()) {
            if (file != main) {
                objects.add(file(file, page, paper));
                auxiliary.add(Embedded.of(FILE, "paper-" + file.getId()));
            }
        }
        fields.put("auxiliaryFile", auxiliary);
        fields.put(
                "originatorOrganization",
                List.of(Ref.to(
                        ORGANIZATION,
                        report.getAuthor() == Report.Author.OPCC
                                ? OParlObject.COMMISSIONERS_OFFICE
                                : OParlObject.THE_PANEL)));
        fields.put("consultation", List.of(Embedded.of(CONSULTATION, report.getId())));
        fields.put("web", new Page(page));
        objects.add(OParlObject.of(PAPER, report.getId(), fields));

        Map<String, Object> consultation = new LinkedHashMap<>();
        consultation.put("paper", paper);
        consultation.put("agendaItem", Ref.to(AGENDA_ITEM, report.getAgendaItemId()));
        consultation.put("meeting", Ref.to(MEETING, report.getMeetingId()));
        consultation.put("organization", List.of(Ref.to(ORGANIZATION, OParlObject.THE_PANEL)));
        consultation.put("authoritative", false);
        consultation.put("role", "Considered by the panel");
        objects.add(OParlObject.of(CONSULTATION, report.getId(), consultation));
        objects.add(OParlObject.extending(
                AGENDA_ITEM, report.getAgendaItemId(), Map.of("consultation", Ref.to(CONSULTATION, report.getId()))));
    }

    private OParlObject file(PaperFile file, String page, Ref paper) {
        String path = page + "/files/" + file.getId();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", file.getTitle());
        fields.put("fileName", file.getFileName());
        fields.put("mimeType", file.getMediaType());
        fields.put("date", file.getUploadedAt().atZone(London.ZONE).toLocalDate());
        fields.put("size", file.getSizeBytes());
        fields.put(
                "sha512Checksum",
                new Lazy(() ->
                        sha512(contents.findById(file.getId()).orElseThrow().content())));
        fields.put(
                "text",
                file.getExtractedText() == null ? null : file.getExtractedText().replace('\f', '\n'));
        fields.put("accessUrl", new Page(path));
        fields.put("downloadUrl", new Page(path));
        fields.put(
                "masterFile",
                file.getAlternativeOf() == null ? null : Ref.to(FILE, "paper-" + file.getAlternativeOf()));
        fields.put("fileLicense", OParlObject.OPEN_GOVERNMENT_LICENCE);
        fields.put("paper", List.of(paper));
        return OParlObject.of(FILE, "paper-" + file.getId(), fields);
    }

    private static String sectionsText(Report report) {
        StringBuilder text = new StringBuilder(report.getTitle());
        for (Report.Sections.Section section : report.getSections().written()) {
            text.append("\n\n").append(section.heading()).append("\n\n").append(section.text());
        }
        return text.toString();
    }

    private static String sha512(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
