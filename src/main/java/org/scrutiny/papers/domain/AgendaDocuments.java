package org.scrutiny.papers.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scrutiny.agenda.domain.Agenda;
import org.scrutiny.agenda.domain.AgendaItem;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.meetings.MeetingDocuments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A published agenda's documents for its meeting's page: the agenda, the pack, and each public report
 * with its uploaded files. Nothing of an exempt or withdrawn item, and nothing before publication.
 */
@Component
@Transactional(readOnly = true)
class AgendaDocuments implements MeetingDocuments {

    private static final String WEB_PAGE = "Web page";

    private final AgendaService agendas;
    private final Reports reports;
    private final PublicationService publications;

    AgendaDocuments(AgendaService agendas, Reports reports, PublicationService publications) {
        this.agendas = agendas;
        this.reports = reports;
        this.publications = publications;
    }

    @Override
    public List<Document> documentsOf(long meetingId) {
        Agenda agenda = agendas.agendaOf(meetingId).filter(Agenda::isPublished).orElse(null);
        if (agenda == null) {
            return List.of();
        }
        String meeting = "/meetings/" + meetingId;
        List<Document> documents = new ArrayList<>();
        documents.add(new Document(Kind.AGENDA, "Agenda", meeting + "/agenda", WEB_PAGE));
        publications.latestReady(meetingId).ifPresent(version -> {
            Map<PublishedDocument.Kind, PublishedDocument.Info> built =
                    publications.documents(List.of(version)).getOrDefault(version.getId(), Map.of());
            PublishedDocument.Info agendaPdf = built.get(PublishedDocument.Kind.AGENDA);
            if (agendaPdf != null) {
                documents.add(new Document(Kind.AGENDA, "Agenda", meeting + "/agenda.pdf", agendaPdf.describe()));
            }
            PublishedDocument.Info pack = built.get(PublishedDocument.Kind.PACK);
            if (pack != null) {
                documents.add(new Document(
                        Kind.AGENDA,
                        "Agenda and papers in one file (agenda pack)",
                        meeting + "/agenda-pack.pdf",
                        pack.describe()));
            }
        });
        Map<Long, Report> byItem = new HashMap<>();
        for (Report report : reports.findByMeetingId(meetingId)) {
            byItem.put(report.getAgendaItemId(), report);
        }
        for (Agenda.NumberedItem entry : agenda.numbered()) {
            AgendaItem item = entry.item();
            Report report = byItem.get(item.getId());
            if (report == null
                    || item.isExempt()
                    || item.isWithdrawn()
                    || report.getStatus() != Report.Status.ACCEPTED) {
                continue;
            }
            String title = "Item " + entry.number() + ": " + report.getTitle();
            String page = meeting + "/reports/" + report.getId();
            documents.add(new Document(Kind.REPORT, title, page, WEB_PAGE));
            report.reportFile()
                    .ifPresent(file -> documents.add(new Document(
                            Kind.REPORT, title + " (as submitted)", page + "/files/" + file.getId(), file.describe())));
            for (PaperFile appendix : report.appendices()) {
                documents.add(new Document(
                        Kind.REPORT,
                        title + ": " + appendix.getTitle(),
                        page + "/files/" + appendix.getId(),
                        appendix.describe()));
            }
        }
        return documents;
    }
}
