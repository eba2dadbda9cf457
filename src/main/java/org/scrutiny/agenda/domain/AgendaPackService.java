package org.scrutiny.agenda.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.PanelMember;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.publishing.AccessiblePdf;
import org.scrutiny.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the public agenda pack: the front sheet with the page range of each item's papers, then
 * each accepted public report starting on an odd page, numbered continuously, in one PDF/UA file.
 * The papers are rendered once on their own to learn their length, then the pack in one pass.
 */
@Service
public class AgendaPackService {

    private final Agendas agendas;
    private final Reports reports;
    private final MeetingSchedule meetings;
    private final PanelMembership membership;
    private final AccessiblePdf pdf;

    AgendaPackService(
            Agendas agendas, Reports reports, MeetingSchedule meetings, PanelMembership membership, AccessiblePdf pdf) {
        this.agendas = agendas;
        this.reports = reports;
        this.meetings = meetings;
        this.membership = membership;
        this.pdf = pdf;
    }

    /** The published agenda on its own, as a PDF/UA document. */
    @Transactional(readOnly = true)
    public byte[] publicAgenda(long meetingId) {
        return pdf.render("pdf/agenda", frontSheet(meetingId));
    }

    @Transactional(readOnly = true)
    public byte[] publicPack(long meetingId) {
        Map<String, Object> common = frontSheet(meetingId);
        Agenda agenda = (Agenda) common.get("agenda");
        Map<Long, Report> byItem = new HashMap<>();
        reports.findByMeetingId(meetingId).forEach(r -> byItem.put(r.getAgendaItemId(), r));

        List<AgendaPack.Paper> papers = new ArrayList<>();
        for (Agenda.NumberedItem entry : agenda.numbered()) {
            AgendaItem item = entry.item();
            Report report = byItem.get(item.getId());
            if (entry.number() == null
                    || item.isExempt()
                    || report == null
                    || report.getStatus() != Report.Status.ACCEPTED) {
                continue;
            }
            Map<String, Object> alone = new HashMap<>(common);
            alone.put("report", report);
            alone.put("itemNumber", entry.number());
            int pages = AccessiblePdf.pageCount(pdf.render("pdf/report", alone));
            papers.add(new AgendaPack.Paper(report, entry.number(), item.getTitle(), pages));
        }

        Map<String, Object> frontSheet = new HashMap<>(common);
        frontSheet.put("placements", AgendaPack.place(1, papers));
        frontSheet.put("frontSheetOnly", true);
        int frontPages = AccessiblePdf.pageCount(pdf.render("pdf/pack", frontSheet));

        Map<String, Object> pack = new HashMap<>(common);
        List<AgendaPack.Placement> placements = AgendaPack.place(frontPages, papers);
        Map<Long, String> ranges = new HashMap<>();
        placements.forEach(p -> ranges.put(p.report().getAgendaItemId(), p.pages()));
        pack.put("placements", placements);
        pack.put("ranges", ranges);
        pack.put("frontSheetOnly", false);
        return pdf.render("pdf/pack", pack);
    }

    /** What the agenda and the pack's front sheet show: the panel, the meeting, its items and its members. */
    private Map<String, Object> frontSheet(long meetingId) {
        Agenda agenda = agendas.findByMeetingId(meetingId)
                .filter(Agenda::isPublished)
                .orElseThrow(() -> new RecordNotFoundException("Published agenda of meeting", meetingId));
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
        return model;
    }
}
