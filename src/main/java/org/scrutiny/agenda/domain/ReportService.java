package org.scrutiny.agenda.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class ReportService {

    private final Reports reports;
    private final Agendas agendas;

    ReportService(Reports reports, Agendas agendas) {
        this.reports = reports;
        this.agendas = agendas;
    }

    @Transactional(readOnly = true)
    public Report report(long id) {
        return reports.findById(id).orElseThrow(() -> new RecordNotFoundException("Report", id));
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
        return reports.save(Report.request(meetingId, agendaItemId, item.getTitle(), author, dueDate));
    }

    public Report draft(
            long id,
            long expectedVersion,
            String reportOf,
            String contactOfficer,
            String contactDetails,
            Report.Sections sections,
            boolean submit) {
        Report report = report(id);
        StaleRecordException.check(expectedVersion, report.getVersion());
        report.draft(reportOf, contactOfficer, contactDetails, sections);
        if (submit) {
            report.submit();
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
        return reports.saveAndFlush(report);
    }

    /** A report the public may read: accepted, for a public item that stands on a published agenda. */
    @Transactional(readOnly = true)
    public Report published(long meetingId, long reportId) {
        Report report = report(reportId);
        Agenda agenda = agendas.findByMeetingId(meetingId).orElse(null);
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

    /** The number the report's item carries on the agenda. */
    @Transactional(readOnly = true)
    public Integer itemNumber(Report report) {
        return agendas.findByMeetingId(report.getMeetingId()).stream()
                .flatMap(a -> a.numbered().stream())
                .filter(n -> n.item().getId() == report.getAgendaItemId())
                .map(Agenda.NumberedItem::number)
                .findFirst()
                .orElse(null);
    }

    private AgendaItem agendaItem(long meetingId, long itemId) {
        return agendas.findByMeetingId(meetingId)
                .flatMap(agenda -> agenda.find(itemId))
                .orElseThrow(() -> new RecordNotFoundException("Agenda item", itemId));
    }
}
