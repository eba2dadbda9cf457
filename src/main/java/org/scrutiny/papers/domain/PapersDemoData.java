package org.scrutiny.papers.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.scrutiny.agenda.AgendaItems;
import org.scrutiny.agenda.domain.Agenda;
import org.scrutiny.agenda.domain.AgendaItem;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.papers.ReportTemplates;
import org.scrutiny.publishing.AccessiblePdf;
import org.scrutiny.publishing.DocumentReader;
import org.scrutiny.shared.DemoData;
import org.scrutiny.shared.London;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Three reports of the agenda of 23 March 2022 written in the standard template, accepted before
 * the agenda was published on 15 March 2022, and its first published version. The reports restate
 * the seed's facts in new words.
 */
@Component
@Profile("demo & !prod")
class PapersDemoData extends DemoData {

    private static final Logger log = LoggerFactory.getLogger(PapersDemoData.class);
    private static final LocalDate MEETING = LocalDate.of(2022, 3, 23);
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 3, 15);

    private final AgendaService agendas;
    private final Reports reports;
    private final MeetingSchedule meetings;
    private final Publications publications;
    private final PaperFileContents contents;
    private final DocumentReader reader;
    private final ReportService service;
    private final Clock clock;
    private final List<ReportTemplates> templates;
    private final TransactionOperations transactions;

    PapersDemoData(
            AgendaService agendas,
            Reports reports,
            MeetingSchedule meetings,
            Publications publications,
            PaperFileContents contents,
            DocumentReader reader,
            ReportService service,
            Clock clock,
            List<ReportTemplates> templates,
            TransactionOperations transactions) {
        this.service = service;
        this.clock = clock;
        this.templates = templates;
        this.transactions = transactions;
        this.agendas = agendas;
        this.reports = reports;
        this.meetings = meetings;
        this.publications = publications;
        this.contents = contents;
        this.reader = reader;
    }

    @Override
    protected void load() {
        loadTheSeedReports();
        requestTheNextForwardPlan();
    }

    /**
     * Once every module's demo data is in, the forward plan of 23 March 2022 is written from the
     * plan's records (as the OPCC would draft it), and the agenda's first version is queued: its
     * pack then carries every paper the other modules generate from their records.
     */
    @EventListener(ApplicationReadyEvent.class)
    void finishTheSeedAgenda() {
        transactions.executeWithoutResult(status -> {
            MeetingSummary meeting = seedMeeting();
            Agenda agenda = meeting == null
                    ? null
                    : agendas.agendaOf(meeting.id()).filter(Agenda::isPublished).orElse(null);
            if (agenda == null
                    || !publications
                            .findByMeetingIdOrderByNumberDesc(meeting.id())
                            .isEmpty()) {
                return;
            }
            AgendaItem forwardPlan = agenda.getItems().get(8);
            if (reports.findByAgendaItemId(forwardPlan.getId()).isEmpty()) {
                accepted(
                        meeting.id(),
                        forwardPlan,
                        Report.Author.OPCC,
                        "Cambridgeshire Police and Crime Commissioner",
                        "Jack Hudson",
                        "cambs-pcc@cambs.police.uk, 0300 333 3456",
                        forwardPlanSections());
            }
            publications.save(Publication.of(meeting.id(), 1, null, agenda.getPublishedAt()));
            log.info(
                    "Demo data: the forward plan of 23 March 2022 from the plan's records, and the agenda's first version");
        });
    }

    /** The forward plan as the plan's records draft it; the sections restated by hand without a plan. */
    private Report.Sections forwardPlanSections() {
        return templates.stream()
                .flatMap(template -> template.draftFor(ItemPurpose.FORWARD_PLAN, MEETING).stream())
                .findFirst()
                .map(draft -> new Report.Sections(
                        draft.purpose(),
                        draft.recommendations(),
                        draft.termsOfReference(),
                        draft.background(),
                        draft.keyIssues(),
                        orNone(draft.implications()),
                        orNone(draft.consultation()),
                        orNone(draft.nextSteps()),
                        orNone(draft.backgroundDocuments()),
                        orNone(draft.appendices())))
                .orElseGet(PapersDemoData::handWrittenForwardPlan);
    }

    /** Without the plan module's records, the forward plan as the seed's facts restate it. */
    private static Report.Sections handWrittenForwardPlan() {
        return new Report.Sections(
                "To show the Panel what the Commissioner plans to deliver under his Police and Crime Plan 2021-24 in the coming six to nine months.",
                "That the Panel notes the report.",
                "Scrutinising the decisions and actions of the Commissioner, and supporting the Commissioner in carrying out his functions.",
                "On 2 February 2022 the Panel asked the Commissioner for an indication of the work planned to deliver his Plan; this report answers that request and is to be a standing item.\n"
                        + "The Panel endorsed the Plan in November 2021 and it was published on 29 November 2021.",
                "The Plan has five themes: Putting Communities First, Crime Prevention, Supporting Victims and Witnesses, Ethical Policing and Robust Enforcement.\n"
                        + "Planned deliverables include funding for Problem Solving Co-ordinators in Community Safety Partnerships, a Business Crime Survey, a refreshed Drugs Partnership Strategy, an Independent Ethics Board and a review of the Independent Custody Visitor scheme.\n"
                        + "Much of the work depends on partners, so timescales may change.",
                "None.",
                "None.",
                "The Panel will receive an update twice a year: the Commissioner's Annual Report at the end of the financial year, and an interim report on delivery after six months.",
                "Police and Crime Plan 2021-24.",
                "None.");
    }

    private static String orNone(String text) {
        return text == null ? "None." : text;
    }

    private MeetingSummary seedMeeting() {
        return meetings.meetingsBetween(MEETING, MEETING).stream()
                .filter(m -> m.kind() == MeetingKind.ORDINARY)
                .findFirst()
                .orElse(null);
    }

    /**
     * The OPCC is asked for the forward plan report of the next meeting, due two weeks before it,
     * so that it can be written from the plan's records.
     */
    private void requestTheNextForwardPlan() {
        LocalDate today = LocalDate.now(clock);
        for (MeetingSummary next : meetings.meetingsBetween(today.plusDays(1), today.plusYears(1))) {
            List<AgendaItems.Item> items = agendas.itemsOf(next.id());
            items.stream()
                    .filter(item -> item.purpose() == ItemPurpose.FORWARD_PLAN)
                    .findFirst()
                    .filter(item -> reports.findByAgendaItemId(item.id()).isEmpty())
                    .ifPresent(item -> {
                        LocalDate due = next.date().minusWeeks(2);
                        service.request(next.id(), item.id(), Report.Author.OPCC, due.isAfter(today) ? due : today);
                        log.info("Demo data: the OPCC is asked for the forward plan report of {}", next.date());
                    });
            if (!items.isEmpty()) {
                return;
            }
        }
    }

    private void loadTheSeedReports() {
        MeetingSummary meeting = meetings.meetingsBetween(MEETING, MEETING).stream()
                .filter(m -> m.kind() == MeetingKind.ORDINARY)
                .findFirst()
                .orElse(null);
        Agenda agenda = meeting == null
                ? null
                : agendas.agendaOf(meeting.id()).filter(Agenda::isPublished).orElse(null);
        if (agenda == null || !reports.findByMeetingId(meeting.id()).isEmpty()) {
            return;
        }
        List<AgendaItem> items = agenda.getItems();
        accepted(
                meeting.id(),
                items.get(5),
                Report.Author.SECRETARIAT,
                "Jane Webb, Secretariat, Peterborough City Council",
                "Jane Webb",
                "jane.webb@peterborough.gov.uk",
                new Report.Sections(
                        "To tell the Panel about complaints received about the Commissioner.",
                        "That the Panel notes this report.",
                        "The Panel keeps an overview of complaints made against the Commissioner; this report serves that duty.",
                        "The Panel receives an update on complaints at each of its regular meetings.",
                        "No complaints about the Commissioner were received in the period covered by this report.",
                        "None.",
                        "None.",
                        "None.",
                        "None.",
                        "None."));
        accepted(
                meeting.id(),
                items.get(6),
                Report.Author.OPCC,
                "Police and Crime Commissioner for Cambridgeshire and Peterborough",
                "Catherine Kimberley, Communications & Engagement Manager",
                "cambs-pcc@cambs.pnn.police.uk, 0300 333 3456",
                new Report.Sections(
                        "To explain to the Panel how the Commissioner communicates with and engages the people of Cambridgeshire and Peterborough.",
                        "That the Panel notes the report.",
                        "Scrutinising the decisions and actions of the Commissioner, and supporting the Commissioner in carrying out his functions.",
                        "The Police Reform and Social Responsibility Act 2011 requires a Commissioner to seek the views of local people and of victims of crime on policing, to consult council taxpayers on the budget and precept, and to publish information about the office and its decisions.\n"
                                + "The Commissioner's Police and Crime Plan sets the objectives through which he carries out that role.",
                        "Engagement follows a cycle: hear local concerns, agree with partners how to act on them, and report back to the people who raised them.\n"
                                + "Communications push information out, such as crime prevention advice; engagement listens and responds.\n"
                                + "The team handles around 90 pieces of correspondence a month, as well as requests for information, complaints, round-table events and community visits.\n"
                                + "The survey on the 2022/23 precept ran for two weeks in January 2022; the survey for the Police and Crime Plan ran from 30 June to 30 July 2021.",
                        "None beyond the resources already in the Commissioner's budget.",
                        "None.",
                        "The approach will be reviewed against the Communications and Engagement Strategic Objectives 2022 to 2024.",
                        "Police and Crime Plan 2021-24.",
                        "Appendix 1: tactical delivery of communications and engagement on behalf of the Commissioner."),
                tacticalDelivery());
        log.info("Demo data: two reports of the agenda of 23 March 2022");
    }

    private void accepted(
            long meetingId,
            AgendaItem item,
            Report.Author author,
            String reportOf,
            String officer,
            String contact,
            Report.Sections sections,
            DemoAppendix... appendices) {
        Report report = Report.request(meetingId, item.getId(), item.getTitle(), author, PUBLISHED.minusDays(7));
        report.draft(new Report.Draft(reportOf, officer, contact, sections));
        Instant uploaded =
                PUBLISHED.minusDays(2).atTime(10, 0).atZone(London.ZONE).toInstant();
        List<PaperFile> files = new ArrayList<>();
        for (DemoAppendix appendix : appendices) {
            files.add(report.addAppendix(
                    appendix.title(),
                    appendix.fileName(),
                    appendix.content().length,
                    reader.read(appendix.content(), appendix.fileName()),
                    uploaded));
        }
        report.submit();
        report.accept();
        reports.saveAndFlush(report);
        for (int i = 0; i < appendices.length; i++) {
            contents.save(new PaperFileContent(files.get(i).getId(), appendices[i].content()));
        }
    }

    private record DemoAppendix(String title, String fileName, byte[] content) {}

    /**
     * The seed's appendix to the communications report is a diagram. The demonstration stands in a
     * tagged PDF that sets the same idea out as text, so that the pack shows an uploaded appendix.
     */
    private DemoAppendix tacticalDelivery() {
        String html =
                """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <title>Appendix 1: Tactical delivery of communications and engagement</title>
                <style>body { font-family: 'Liberation Sans'; font-size: 12pt; } th, td { text-align: left; vertical-align: top; border: 1px solid #b1b4b6; padding: 2mm; }
                table { border-collapse: collapse; width: 100%; }</style></head><body>
                <h1>Appendix 1: Tactical delivery of communications and engagement on behalf of the Police and Crime Commissioner</h1>
                <p>Demonstration content: the published appendix is a diagram. This table sets out the same cycle as text.</p>
                <table><thead><tr><th scope="col">Stage</th><th scope="col">What happens</th></tr></thead><tbody>
                <tr><td>Listen</td><td>Correspondence, surveys, community visits and round-table events bring local concerns to the Commissioner.</td></tr>
                <tr><td>Agree</td><td>The Commissioner agrees with the Constabulary and partners how to act on what was heard.</td></tr>
                <tr><td>Act</td><td>Funding, commissioning and holding the Chief Constable to account put the agreement into effect.</td></tr>
                <tr><td>Report back</td><td>Communications tell the people who raised a concern what was done, and give prevention advice.</td></tr>
                </tbody></table></body></html>
                """;
        return new DemoAppendix(
                "Tactical delivery of communications and engagement",
                "appendix-1-tactical-delivery.pdf",
                AccessiblePdf.renderHtml(html));
    }
}
