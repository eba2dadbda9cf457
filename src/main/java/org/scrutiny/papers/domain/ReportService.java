package org.scrutiny.papers.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scrutiny.agenda.AgendaItems;
import org.scrutiny.agenda.ExemptionParagraph;
import org.scrutiny.agenda.domain.Agenda;
import org.scrutiny.agenda.domain.AgendaItem;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.papers.PublishedReports;
import org.scrutiny.publishing.DocumentReader;
import org.scrutiny.publishing.PaperUploads;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.scrutiny.shared.UploadedFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class ReportService implements PublishedReports {

    /** What kind of file an upload is for. */
    public enum Upload {
        REPORT,
        APPENDIX,
        ACCESSIBLE_VERSION
    }

    private final Reports reports;
    private final ReportMail mail;
    private final AgendaService agendas;
    private final PaperFileContents contents;
    private final PaperUploads uploads;
    private final Clock clock;

    ReportService(
            Reports reports,
            ReportMail mail,
            AgendaService agendas,
            PaperFileContents contents,
            PaperUploads uploads,
            Clock clock) {
        this.reports = reports;
        this.mail = mail;
        this.agendas = agendas;
        this.contents = contents;
        this.uploads = uploads;
        this.clock = clock;
    }

    /** The largest file that may be uploaded, as the form's hint says it: "20 MB". */
    public String uploadLimit() {
        return uploads.limit();
    }

    /**
     * Reads an uploaded file and attaches it to the report: as the report itself, as an appendix
     * titled {@code title}, or as the accessible version of file {@code ofFileId}.
     */
    public PaperFile upload(long reportId, Upload kind, String title, Long ofFileId, UploadedFile sent) {
        Report report = report(reportId);
        PaperUploads.Accepted accepted = uploads.accept(sent);
        String name = accepted.fileName();
        byte[] content = accepted.content();
        DocumentReader.Read read = accepted.read();
        PaperFile file =
                switch (kind) {
                    case REPORT -> report.upload(name, content.length, read, clock.instant());
                    case APPENDIX -> report.addAppendix(title, name, content.length, read, clock.instant());
                    case ACCESSIBLE_VERSION -> {
                        if (ofFileId == null) {
                            throw new BusinessRuleViolation("file", "Choose the file this is an accessible version of");
                        }
                        yield report.addAccessibleVersion(ofFileId, name, content.length, read, clock.instant());
                    }
                };
        // The report is managed here: flushing persists the new file in place and gives it its id.
        reports.flush();
        contents.save(new PaperFileContent(file.getId(), content));
        return file;
    }

    public void removeFile(long reportId, long fileId) {
        Report report = report(reportId);
        report.removeFile(fileId);
        reports.saveAndFlush(report);
    }

    public Report submitUpload(long id, long expectedVersion) {
        Report report = report(id);
        StaleRecordException.check(expectedVersion, report.getVersion());
        report.submit();
        return submitted(reports.saveAndFlush(report));
    }

    private Report submitted(Report report) {
        mail.submitted(report);
        return report;
    }

    /** The bytes of a file of a report, as uploaded. */
    @Transactional(readOnly = true)
    public byte[] content(PaperFile file) {
        return contents.findById(file.getId())
                .map(PaperFileContent::content)
                .orElseThrow(() -> new RecordNotFoundException("File", file.getId()));
    }

    @Transactional(readOnly = true)
    public Report report(long id) {
        return reports.findWithFilesById(id).orElseThrow(() -> new RecordNotFoundException("Report", id));
    }

    /** The reports of a meeting, by the agenda item they belong to. */
    @Transactional(readOnly = true)
    public Map<Long, Report> byAgendaItem(long meetingId) {
        return reports.findByMeetingId(meetingId).stream()
                .collect(Collectors.toMap(Report::getAgendaItemId, Function.identity()));
    }

    @Transactional(readOnly = true)
    public List<Report> all() {
        return reports.findAllByOrderByDueDateAsc();
    }

    @Transactional(readOnly = true)
    public List<Report> by(Report.Author author) {
        return reports.findByAuthorOrderByDueDateAsc(author);
    }

    public Report request(long meetingId, long agendaItemId, Report.Author author, LocalDate dueDate) {
        AgendaItem item = agendaItem(meetingId, agendaItemId);
        if (item.isWithdrawn()) {
            throw new BusinessRuleViolation("The item has been withdrawn: it needs no report");
        }
        if (reports.findByAgendaItemId(agendaItemId).isPresent()) {
            throw new BusinessRuleViolation("A report has already been requested for this item");
        }
        Report report = reports.saveAndFlush(Report.request(meetingId, agendaItemId, item.getTitle(), author, dueDate));
        mail.requested(report);
        return report;
    }

    public Report draft(long id, long expectedVersion, Report.Draft draft, boolean submit) {
        Report report = report(id);
        StaleRecordException.check(expectedVersion, report.getVersion());
        report.draft(draft);
        if (submit) {
            report.submit();
            return submitted(reports.saveAndFlush(report));
        }
        return reports.saveAndFlush(report);
    }

    public Report accept(long id, long expectedVersion) {
        Report report = report(id);
        StaleRecordException.check(expectedVersion, report.getVersion());
        report.accept();
        return reports.saveAndFlush(report);
    }

    public Report returnWithComments(long id, long expectedVersion, String comments) {
        Report report = report(id);
        StaleRecordException.check(expectedVersion, report.getVersion());
        report.returnWithComments(comments);
        Report returned = reports.saveAndFlush(report);
        mail.returned(returned);
        return returned;
    }

    /** A report the public may read, with its files, and the number its item carries on the agenda. */
    public record PublicReport(Report report, int itemNumber) {}

    /**
     * Every report the public may read (as {@link #published} decides for one), with its files,
     * read at once: for the search and the open data, which take in the whole record.
     */
    @Transactional(readOnly = true)
    public List<PublicReport> allPublic() {
        List<Report> accepted = reports.findWithFilesByStatusIn(List.of(Report.Status.ACCEPTED));
        Map<Long, List<AgendaItems.Item>> published = agendas.publishedItemsOf(
                accepted.stream().map(Report::getMeetingId).distinct().toList());
        List<PublicReport> shown = new ArrayList<>();
        for (Report report : accepted) {
            // A withdrawn item has no number, so it is not among the items.
            published.getOrDefault(report.getMeetingId(), List.of()).stream()
                    .filter(item -> item.id() == report.getAgendaItemId() && !item.exempt())
                    .findFirst()
                    .ifPresent(item -> shown.add(new PublicReport(report, item.number())));
        }
        return shown;
    }

    /** A report the public may read: accepted, for a public item that stands on a published agenda. */
    @Transactional(readOnly = true)
    public Report published(long meetingId, long reportId) {
        Report report = report(reportId);
        Agenda agenda = agendas.agendaOf(meetingId).orElse(null);
        AgendaItem item =
                agenda == null ? null : agenda.find(report.getAgendaItemId()).orElse(null);
        if (report.getMeetingId() != meetingId
                || report.getStatus() != Report.Status.ACCEPTED
                || item == null
                || !agenda.isPublished()
                || item.isExempt()
                || item.isWithdrawn()) {
            throw new RecordNotFoundException("Published report", reportId);
        }
        return report;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublishedReports.Ref> latest(int most) {
        return reports.findByStatusIn(List.of(Report.Status.ACCEPTED)).stream()
                .sorted(Comparator.comparing(Report::getId).reversed())
                .filter(this::isPublished)
                .limit(most)
                .map(ReportService::ref)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublishedReports.Ref> find(long reportId) {
        return reports.findById(reportId).filter(this::isPublished).map(ReportService::ref);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublishedReports.Ref> publishedAt(long meetingId) {
        return reports.findByMeetingId(meetingId).stream()
                .filter(report -> report.getStatus() == Report.Status.ACCEPTED)
                .sorted(Comparator.comparing(Report::getId))
                .filter(this::isPublished)
                .map(ReportService::ref)
                .toList();
    }

    /**
     * Whether the public may read a report, without throwing: a refusal thrown through this
     * service's transactional boundary would mark the caller's transaction for rollback.
     */
    public boolean isPublic(Report report) {
        return isPublished(report);
    }

    private boolean isPublished(Report report) {
        try {
            published(report.getMeetingId(), report.getId());
            return true;
        } catch (RecordNotFoundException notPublic) {
            return false;
        }
    }

    private static PublishedReports.Ref ref(Report report) {
        return new PublishedReports.Ref(report.getMeetingId(), report.getId(), report.getTitle());
    }

    /** The number the report's item carries on the agenda; null for an item without one (one withdrawn). */
    @Transactional(readOnly = true)
    public Integer itemNumber(Report report) {
        return agendas.agendaOf(report.getMeetingId()).stream()
                .flatMap(a -> a.numbered().stream())
                .filter(n -> n.item().getId() == report.getAgendaItemId())
                .findFirst()
                .map(Agenda.NumberedItem::number)
                .orElse(null);
    }

    /** The Schedule 12A paragraph the report's item is exempt under; null for a public report. */
    @Transactional(readOnly = true)
    public ExemptionParagraph exemption(Report report) {
        return agendas.agendaOf(report.getMeetingId())
                .flatMap(agenda -> agenda.find(report.getAgendaItemId()))
                .map(AgendaItem::exemption)
                .orElse(null);
    }

    private AgendaItem agendaItem(long meetingId, long itemId) {
        return agendas.agendaOf(meetingId)
                .flatMap(agenda -> agenda.find(itemId))
                .orElseThrow(() -> new RecordNotFoundException("Agenda item", itemId));
    }
}
