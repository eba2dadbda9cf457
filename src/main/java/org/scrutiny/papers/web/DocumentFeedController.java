package org.scrutiny.papers.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.papers.domain.Publication;
import org.scrutiny.papers.domain.PublicationService;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.web.AtomFeed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Every published version of an agenda and its papers, as an Atom feed. */
@Controller
class DocumentFeedController {

    private final PublicationService publications;
    private final AgendaService agendas;
    private final PanelMembership membership;
    private final String publicUrl;

    DocumentFeedController(
            PublicationService publications,
            AgendaService agendas,
            PanelMembership membership,
            @Value("${scrutiny.public-url}") String publicUrl) {
        this.publications = publications;
        this.agendas = agendas;
        this.membership = membership;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @GetMapping("/documents.atom")
    ResponseEntity<String> feed() {
        String panel = membership.panel().name();
        List<AtomFeed.Item> items = new ArrayList<>();
        for (Publication version : publications.recentlyReady()) {
            MeetingSummary meeting = agendas.meeting(version.getMeetingId());
            String base = publicUrl + "/meetings/" + meeting.id();
            items.add(new AtomFeed.Item(
                    base + "/versions/" + version.getNumber() + "/agenda-pack.pdf",
                    "Agenda and papers, " + meeting.name().toLowerCase(Locale.UK) + " of "
                            + DisplayFormats.dayOf(meeting.date())
                            + (version.getNumber() > 1 ? " (version " + version.getNumber() + ")" : ""),
                    version.getBuiltAt() != null ? version.getBuiltAt() : version.getPublishedAt(),
                    version.getChangeNote() != null
                            ? "What changed: " + version.getChangeNote()
                            : "The agenda and every public paper in one document. The agenda page: " + base
                                    + "/agenda"));
        }
        return AtomFeed.response(
                publicUrl + "/documents.atom", "Published agendas and papers of the " + panel, panel, items);
    }
}
