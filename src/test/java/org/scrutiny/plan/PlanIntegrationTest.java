package org.scrutiny.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.scrutiny.support.MeetingBuilder.aMeeting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.papers.PublishedReports;
import org.scrutiny.papers.ReportTemplates;
import org.scrutiny.papers.domain.PublicationService;
import org.scrutiny.papers.domain.Report;
import org.scrutiny.papers.domain.ReportService;
import org.scrutiny.plan.domain.Deliverable;
import org.scrutiny.plan.domain.DeliverableLink;
import org.scrutiny.plan.domain.DeliverableUpdate;
import org.scrutiny.plan.domain.PlanDecision;
import org.scrutiny.plan.domain.PlanService;
import org.scrutiny.publishing.AccessiblePdf;
import org.scrutiny.shared.StaleRecordException;
import org.scrutiny.support.Built;
import org.scrutiny.support.PdfChecker;
import org.scrutiny.support.ScrutinyTest;
import org.scrutiny.support.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The Police and Crime Plan on the demo data: the forward plan of 23 March 2022 lists exactly the
 * deliverables the seed's item 9 lists, a status changes only with a note and keeps its history,
 * two officers editing one deliverable are told, and an expected decision goes onto a meeting's
 * work programme in one step.
 */
@ScrutinyTest
class PlanIntegrationTest {

    /** The seed's item 9 of 23 March 2022, its deliverables by title, theme by theme. */
    private static final List<String> SEED_FORWARD_PLAN_SAMPLE = List.of(
            "Business Crime Survey",
            "Refreshed Drugs Partnership Strategy",
            "Recruitment of a Victims Policy Officer",
            "Development of an Independent Ethics Board",
            "Support the local delivery of Multi Agency Public Protection Arrangements");

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanService plans;

    @Autowired
    List<ReportTemplates> templates;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingSchedule schedule;

    @Autowired
    Clock clock;

    @Autowired
    AgendaService agendas;

    @Autowired
    ReportService reports;

    @Autowired
    PublicationService publications;

    @Test
    void the_forward_plan_of_23_march_2022_lists_exactly_the_seed_s_34_deliverables_by_theme() {
        PlanService.ForwardPlan forward =
                plans.forwardPlan(LocalDate.of(2022, 3, 23)).orElseThrow();

        assertThat(forward.until()).isEqualTo(LocalDate.of(2022, 12, 23));
        assertThat(forward.themes())
                .extracting(t -> t.theme().getName())
                .containsExactly(
                        "Putting Communities First",
                        "Crime Prevention",
                        "Supporting Victims and Witnesses",
                        "Ethical Policing",
                        "Robust Enforcement");
        assertThat(forward.themes()).extracting(t -> t.deliverables().size()).containsExactly(8, 6, 8, 7, 5);
        assertThat(forward.count()).isEqualTo(34);
        List<String> titles = forward.themes().stream()
                .flatMap(t -> t.deliverables().stream())
                .map(Deliverable::getTitle)
                .toList();
        assertThat(titles).containsAll(SEED_FORWARD_PLAN_SAMPLE).noneMatch(t -> t.contains("(invented)"));

        // Six months later, what was due by September 2022 has been passed by: a later window holds only the 2023 ones.
        PlanService.ForwardPlan later =
                plans.forwardPlan(LocalDate.of(2023, 1, 10)).orElseThrow();
        assertThat(later.themes().stream()
                        .flatMap(t -> t.deliverables().stream())
                        .map(Deliverable::getTitle))
                .contains("A deliverable due in 2023 (invented)")
                .doesNotContain("Rural crime action plan refresh (invented)");
    }

    @Test
    void the_forward_plan_report_is_drafted_from_the_deliverables_in_the_standard_template() {
        ReportTemplates.Draft draft = templates.stream()
                .flatMap(t -> t.draftFor(ItemPurpose.FORWARD_PLAN, LocalDate.of(2022, 3, 23)).stream())
                .findFirst()
                .orElseThrow();

        assertThat(draft.purpose()).contains("Police and Crime Plan 2021-24");
        assertThat(draft.recommendations()).isEqualTo("The Panel is recommended to note the report.");
        assertThat(draft.background()).contains("23 March 2022 and 23 December 2022");
        assertThat(draft.keyIssues())
                .contains(SEED_FORWARD_PLAN_SAMPLE)
                .contains("Putting Communities First. What we will do:");
        assertThat(templates.stream()
                        .flatMap(t -> t.draftFor(ItemPurpose.APOLOGIES, LocalDate.of(2022, 3, 23)).stream()))
                .isEmpty();
    }

    @Test
    void the_demo_s_forward_plan_of_23_march_2022_is_the_one_the_plan_s_records_draft() {
        long meetingId = schedule.meetingsBetween(LocalDate.of(2022, 3, 23), LocalDate.of(2022, 3, 23)).stream()
                .filter(m -> m.kind() == MeetingKind.ORDINARY)
                .findFirst()
                .orElseThrow()
                .id();
        Report forwardPlan = reports.byAgendaItem(meetingId).values().stream()
                .filter(r -> r.getTitle().contains("Forward Plan"))
                .findFirst()
                .orElseThrow();

        assertThat(forwardPlan.getStatus()).isEqualTo(Report.Status.ACCEPTED);
        assertThat(forwardPlan.getSections().keyIssues())
                .startsWith("This section sets out the deliverables of the Delivery Plan due by 23 December 2022.")
                .contains(SEED_FORWARD_PLAN_SAMPLE)
                .doesNotContain("(invented)");
        assertThat(forwardPlan.getSections().keyIssues().lines().filter(line -> line.startsWith("– ")))
                .as("one line for each deliverable of the seed's item 9")
                .hasSize(34);
    }

    @Test
    void the_demo_asks_the_opcc_for_the_next_forward_plan_which_fills_in_from_the_records() throws Exception {
        Report requested = reports.by(Report.Author.OPCC).stream()
                .filter(r -> r.getStatus() == Report.Status.REQUESTED)
                .filter(r -> r.getTitle().equals("OPCC – Forward Plan"))
                .filter(r ->
                        !schedule.meeting(r.getMeetingId()).orElseThrow().date().isBefore(LocalDate.now(clock)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo's next meeting has no forward plan report requested"));

        String page = mvc.perform(get("/reports/" + requested.getId())
                        .param("drafted", "true")
                        .with(Users.OPCC))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(Jsoup.parse(page).select("textarea[name=keyIssues]").text())
                .contains("Business Crime Survey")
                .contains("Robust Enforcement. What we will do:");
    }

    @Test
    void the_progress_reports_are_drafted_from_what_was_delivered_and_what_slipped_with_why() {
        ReportTemplates.Draft sixMonths = draft(ItemPurpose.PLAN_PROGRESS, LocalDate.of(2022, 3, 23));
        assertThat(sixMonths.purpose()).contains("23 September 2021 to 23 March 2022");
        assertThat(sixMonths.background()).contains("1 deliverable was delivered, and 5 changes of status");
        assertThat(sixMonths.keyIssues())
                .contains("Delivered: Rural crime action plan refresh (invented) (28 January 2022).")
                .contains(
                        "At risk: Youth Fund Awards. Why: A partner's timescale has slipped (invented for the demonstration)")
                .doesNotContain("Due 31 March 2022");

        ReportTemplates.Draft annual = draft(ItemPurpose.COMMISSIONER_ANNUAL_REPORT, LocalDate.of(2022, 6, 15));
        assertThat(annual.purpose()).contains("1 April 2021 to 31 March 2022");
        assertThat(annual.keyIssues())
                .contains(
                        "Due 31 March 2022 and still in progress: Bolstered resources for Community Safety Partnerships");
    }

    private ReportTemplates.Draft draft(ItemPurpose purpose, LocalDate day) {
        return templates.stream()
                .flatMap(t -> t.draftFor(purpose, day).stream())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_drafted_forward_plan_is_saved_accepted_and_published_as_a_tagged_pdf_carrying_the_deliverables()
            throws Exception {
        long meetingId = aMeeting()
                .on(LocalDate.now(clock).plusWeeks(7))
                .plannedWith(meetings)
                .getId();
        agendas.start(meetingId);
        long itemId = agendas.itemsOf(meetingId).stream()
                .filter(item -> item.purpose() == ItemPurpose.FORWARD_PLAN)
                .findFirst()
                .orElseThrow()
                .id();
        Report requested = reports.request(
                meetingId, itemId, Report.Author.OPCC, LocalDate.now(clock).plusWeeks(4));

        String page = mvc.perform(get("/reports/" + requested.getId())
                        .param("drafted", "true")
                        .with(Users.OPCC))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document form = Jsoup.parse(page);
        assertThat(form.select("textarea[name=keyIssues]").text()).contains("Business Crime Survey");
        MockHttpServletRequestBuilder save = post("/reports/" + requested.getId())
                .with(Users.OPCC)
                .with(csrf())
                .param("action", "submit")
                .param("reportOf", "Police and Crime Commissioner")
                .param("contactOfficer", "Demo OPCC officer")
                .param("contactDetails", "opcc@demo.scrutiny.test");
        for (Element field : form.select("form textarea[name], form input[type=hidden][name=version]")) {
            save.param(field.attr("name"), field.tagName().equals("textarea") ? field.wholeText() : field.val());
        }
        assertThat(mvc.perform(save).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/reports");
        Report submitted = reports.report(requested.getId());
        reports.accept(submitted.getId(), submitted.getVersion());
        agendas.publish(meetingId, agendas.agendaOf(meetingId).orElseThrow().getVersion(), null);
        Built.await(publications, meetingId);

        byte[] pdf = mvc.perform(get("/meetings/" + meetingId + "/reports/" + requested.getId() + ".pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfChecker.pdfUaFailures(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Business Crime Survey")
                    .contains("Putting Communities First")
                    .contains("Youth Fund Awards");
        }
    }

    @Test
    void a_status_changes_only_with_a_note_keeps_its_history_and_a_second_editor_is_told() throws Exception {
        long themeId = plans.current()
                .map(p -> plans.themesOf(p.getId()).get(1).getId())
                .orElseThrow();
        Deliverable added = plans.addDeliverable(
                themeId,
                new Deliverable.Details(
                        "Knife crime campaign (test)",
                        null,
                        "OPCC",
                        LocalDate.of(2031, 4, 1),
                        LocalDate.of(2031, 9, 30)),
                "opcc@demo.scrutiny.test");
        long seen = added.getVersion();

        MockHttpServletResponse noNote = mvc.perform(post("/opcc/plan/deliverables/" + added.getId() + "/status")
                        .with(Users.OPCC)
                        .with(csrf())
                        .param("version", String.valueOf(seen))
                        .param("status", "AT_RISK"))
                .andReturn()
                .getResponse();
        assertThat(noNote.getStatus()).isEqualTo(200);
        assertThat(noNote.getContentAsString()).contains("Say what has changed, for the deliverable&#39;s history");

        plans.changeStatus(
                added.getId(), seen, Deliverable.Status.AT_RISK, "Funding is late", "opcc@demo.scrutiny.test");
        assertThatThrownBy(() -> plans.changeStatus(
                        added.getId(), seen, Deliverable.Status.DELIVERED, "Done", "another@demo.scrutiny.test"))
                .isInstanceOf(StaleRecordException.class);
        MockHttpServletResponse stale = mvc.perform(post("/opcc/plan/deliverables/" + added.getId())
                        .with(Users.OPCC)
                        .with(csrf())
                        .param("version", String.valueOf(seen))
                        .param("title", "Knife crime campaign, renamed by a second officer")
                        .param("dueOn.day", "30")
                        .param("dueOn.month", "9")
                        .param("dueOn.year", "2031"))
                .andReturn()
                .getResponse();
        assertThat(stale.getStatus()).isEqualTo(200);
        assertThat(stale.getContentAsString())
                .contains("Someone else changed this record")
                .contains("Knife crime campaign, renamed by a second officer");

        Deliverable after = plans.deliverable(added.getId());
        assertThat(after.getStatus()).isEqualTo(Deliverable.Status.AT_RISK);
        assertThat(after.getTitle()).isEqualTo("Knife crime campaign (test)");
        assertThat(after.getUpdates())
                .extracting(DeliverableUpdate::getStatus, DeliverableUpdate::getNote)
                .containsExactly(
                        tuple(Deliverable.Status.PLANNED, "Added to the plan's deliverables"),
                        tuple(Deliverable.Status.AT_RISK, "Funding is late"));
        String page = mvc.perform(get("/plan/deliverables/" + added.getId()).with(anonymous()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Funding is late").contains("At risk");
    }

    @Test
    void a_due_date_before_the_start_and_an_unknown_theme_are_refused_with_what_was_typed_kept() throws Exception {
        long themeId = plans.current()
                .map(p -> plans.themesOf(p.getId()).get(0).getId())
                .orElseThrow();
        String page = mvc.perform(post("/opcc/plan/themes/" + themeId + "/deliverables/new")
                        .with(Users.OPCC)
                        .with(csrf())
                        .param("title", "Backwards deliverable")
                        .param("startOn.day", "1")
                        .param("startOn.month", "10")
                        .param("startOn.year", "2022")
                        .param("dueOn.day", "1")
                        .param("dueOn.month", "6")
                        .param("dueOn.year", "2022"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("The due date must be on or after the start").contains("Backwards deliverable");

        String decision = mvc.perform(post("/opcc/decisions/new")
                        .with(Users.OPCC)
                        .with(csrf())
                        .param("reference", "TEST/UNKNOWN/1")
                        .param("title", "A decision on no theme we know")
                        .param("summary", "Kept summary")
                        .param("decisionMaker", "Police and Crime Commissioner")
                        .param("themeId", "999999")
                        .param("decidedOn.day", "1")
                        .param("decidedOn.month", "2")
                        .param("decidedOn.year", "2022"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(decision).contains("Choose one of the plan&#39;s themes").contains("Kept summary");
        assertThat(plans.allDecisions()).noneMatch(d -> d.getReference().equals("TEST/UNKNOWN/1"));
        assertThat(mvc.perform(get("/opcc/plan").with(Users.SECRETARIAT))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void the_panel_s_review_of_the_draft_plan_goes_into_the_tracker_and_the_plan_s_page_links_it() throws Exception {
        long planId = plans.current().orElseThrow().getId();
        long meetingId = aMeeting()
                .on(LocalDate.now(clock).minusDays(3))
                .plannedWith(meetings)
                .getId();
        MockHttpServletResponse sent = mvc.perform(post("/manage/plan/" + planId + "/reports")
                        .with(Users.SECRETARIAT)
                        .with(csrf())
                        .param("kind", "DRAFT_PLAN")
                        .param("meetingId", String.valueOf(meetingId))
                        .param("text", "The panel endorses the draft plan and recommends a measure for rural crime.")
                        .param("sentOn.day", String.valueOf(LocalDate.now(clock).getDayOfMonth()))
                        .param(
                                "sentOn.month",
                                String.valueOf(LocalDate.now(clock).getMonthValue()))
                        .param(
                                "sentOn.year",
                                String.valueOf(LocalDate.now(clock).getYear())))
                .andReturn()
                .getResponse();
        assertThat(sent.getRedirectedUrl()).isEqualTo("/manage/plan");
        long recommendationId = plans.panelReportsOn(planId).stream()
                .filter(r -> r.getMeetingId() == meetingId)
                .findFirst()
                .orElseThrow()
                .getRecommendationId();

        String tracked = mvc.perform(get("/recommendations/" + recommendationId).with(anonymous()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tracked)
                .contains("Review of the draft Police and Crime Plan 2021-24")
                .contains("rural crime");
        String plan = mvc.perform(get("/plan").with(anonymous()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(plan).contains("/recommendations/" + recommendationId);
        assertThat(mvc.perform(post("/manage/plan/" + planId + "/reports")
                                .with(Users.OPCC)
                                .with(csrf())
                                .param("kind", "DRAFT_PLAN"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void a_decision_links_the_recommendation_it_answers_and_the_deliverable_it_serves() throws Exception {
        long themeId = plans.current()
                .map(p -> plans.themesOf(p.getId()).get(3).getId())
                .orElseThrow();
        Deliverable served = plans.deliverablesOf(plans.current().orElseThrow().getId(), themeId, null)
                .get(0)
                .deliverables()
                .get(0);
        long recommendationId = plans.recommendations().get(0).id();
        String unknown = mvc.perform(decision("TEST/LINK/0", themeId, served.getId(), 999_999))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(unknown).contains("Choose one of the panel&#39;s recommendations");

        assertThat(mvc.perform(decision("TEST/LINK/1", themeId, served.getId(), recommendationId))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/opcc/decisions");
        PlanDecision linked = plans.allDecisions().stream()
                .filter(d -> d.getReference().equals("TEST/LINK/1"))
                .findFirst()
                .orElseThrow();
        assertThat(mvc.perform(get("/decisions/" + linked.getId()).with(anonymous()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/recommendations/" + recommendationId);
        assertThat(mvc.perform(get("/plan/deliverables/" + served.getId()).with(anonymous()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/decisions/" + linked.getId());

        byte[] notice = AccessiblePdf.renderHtml(
                "<!DOCTYPE html><html lang=\"en\"><head><title>Decision notice TEST/LINK/1</title></head>"
                        + "<body><h1>Decision notice</h1><p>The Commissioner decided.</p></body></html>");
        MockHttpServletResponse uploaded = mvc.perform(multipart("/opcc/decisions/" + linked.getId() + "/notice")
                        .file(new MockMultipartFile("file", "notice.pdf", "application/pdf", notice))
                        .with(Users.OPCC)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(uploaded.getRedirectedUrl()).isEqualTo("/opcc/decisions/" + linked.getId());
        MockHttpServletResponse published = mvc.perform(
                        get("/decisions/" + linked.getId() + "/notice").with(anonymous()))
                .andReturn()
                .getResponse();
        assertThat(published.getContentType()).isEqualTo("application/pdf");
        assertThat(published.getContentAsByteArray()).isEqualTo(notice);
        assertThat(mvc.perform(get("/decisions/" + linked.getId()).with(anonymous()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("The decision notice (PDF, 1 page)");
        String refused = mvc.perform(multipart("/opcc/decisions/" + linked.getId() + "/notice")
                        .file(new MockMultipartFile(
                                "file", "photo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10
                                }))
                        .with(Users.OPCC)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("govuk-error-summary");
        assertThat(mvc.perform(get("/decisions/" + linked.getId() + "/notice").with(anonymous()))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .as("a refused upload leaves the notice as it was")
                .isEqualTo(notice);
    }

    @Test
    void a_deliverable_links_the_panel_s_recommendations_and_published_reports_once_each() throws Exception {
        long themeId = plans.current()
                .map(p -> plans.themesOf(p.getId()).get(4).getId())
                .orElseThrow();
        Deliverable deliverable = plans.addDeliverable(
                themeId,
                new Deliverable.Details("Linked deliverable (test)", null, null, null, LocalDate.of(2031, 6, 30)),
                "opcc@demo.scrutiny.test");
        long recommendationId = plans.recommendations().get(0).id();
        PublishedReports.Ref report = plans.reports().get(0);

        link(deliverable.getId(), "recommendation", recommendationId);
        link(deliverable.getId(), "report", report.reportId());
        String twice = mvc.perform(post("/opcc/plan/deliverables/" + deliverable.getId() + "/links/report")
                        .with(Users.OPCC)
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(
                                        plans.deliverable(deliverable.getId()).getVersion()))
                        .param("targetId", String.valueOf(report.reportId())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(twice).contains("It is already linked to this one");

        String page = mvc.perform(
                        get("/plan/deliverables/" + deliverable.getId()).with(anonymous()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("/recommendations/" + recommendationId).contains(report.href());

        mvc.perform(post("/opcc/plan/deliverables/" + deliverable.getId() + "/links/0/removal")
                .with(Users.OPCC)
                .with(csrf())
                .param(
                        "version",
                        String.valueOf(plans.deliverable(deliverable.getId()).getVersion())));
        assertThat(plans.deliverable(deliverable.getId()).getLinks())
                .extracting(l -> l.getKind())
                .containsExactly(DeliverableLink.Kind.REPORT);
    }

    private void link(long deliverableId, String kind, long targetId) throws Exception {
        MockHttpServletResponse linked = mvc.perform(post("/opcc/plan/deliverables/" + deliverableId + "/links/" + kind)
                        .with(Users.OPCC)
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(plans.deliverable(deliverableId).getVersion()))
                        .param("targetId", String.valueOf(targetId)))
                .andReturn()
                .getResponse();
        assertThat(linked.getRedirectedUrl()).isEqualTo("/opcc/plan/deliverables/" + deliverableId);
    }

    private MockHttpServletRequestBuilder decision(
            String reference, long themeId, long deliverableId, long recommendationId) {
        return post("/opcc/decisions/new")
                .with(Users.OPCC)
                .with(csrf())
                .param("reference", reference)
                .param("title", "A decision answering the panel")
                .param("summary", "It answers a recommendation.")
                .param("decisionMaker", "Police and Crime Commissioner")
                .param("themeId", String.valueOf(themeId))
                .param("deliverableId", String.valueOf(deliverableId))
                .param("recommendationId", String.valueOf(recommendationId))
                .param("decidedOn.day", "1")
                .param("decidedOn.month", "2")
                .param("decidedOn.year", "2022");
    }

    @Test
    void an_expected_key_decision_goes_onto_a_coming_meeting_s_work_programme_in_one_step() throws Exception {
        long meetingId = aMeeting()
                .on(LocalDate.now(clock).plusMonths(2))
                .plannedWith(meetings)
                .getId();
        PlanDecision expected = plans.record(new PlanDecision.Details(
                "TEST/KEY/1",
                "Estates strategy refresh",
                "To be decided",
                "Police and Crime Commissioner",
                null,
                null,
                true,
                1_250_000_00L,
                LocalDate.now(clock).plusMonths(3),
                null,
                null,
                null));
        assertThat(plans.expected()).extracting(PlanDecision::getReference).contains("TEST/KEY/1");

        MockHttpServletResponse added = mvc.perform(post("/manage/decisions/" + expected.getId() + "/work-programme")
                        .with(Users.SECRETARIAT)
                        .with(csrf())
                        .param("meetingId", String.valueOf(meetingId)))
                .andReturn()
                .getResponse();
        assertThat(added.getRedirectedUrl()).isEqualTo("/manage/meetings/" + meetingId);
        assertThat(schedule.plannedItems(meetingId)).anySatisfy(item -> assertThat(item.title())
                .isEqualTo("Commissioner's decision: Estates strategy refresh"));
        assertThat(mvc.perform(post("/manage/decisions/" + expected.getId() + "/work-programme")
                                .with(Users.OPCC)
                                .with(csrf())
                                .param("meetingId", String.valueOf(meetingId)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        String publicPage = mvc.perform(get("/decisions/" + expected.getId()).with(anonymous()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(publicPage).contains("£1,250,000.00").doesNotContain("Add to the work programme");
    }
}
