package org.scrutiny.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scrutiny.complaints.domain.Complaint;
import org.scrutiny.complaints.domain.ComplaintAttachment;
import org.scrutiny.complaints.domain.ComplaintLetter;
import org.scrutiny.complaints.domain.ComplaintService;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.membership.Office;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.papers.ItemPapers;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.London;
import org.scrutiny.shared.UploadedFile;
import org.scrutiny.shared.mail.MailWorker;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.Inbox;
import org.scrutiny.support.Pages;
import org.scrutiny.support.Papers;
import org.scrutiny.support.PdfChecker;
import org.scrutiny.support.ScrutinyTest;
import org.scrutiny.support.TestClock;
import org.scrutiny.support.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The complaints register end to end on the demo panel: the public's form to the letters, the
 * Review of Complaints counted against hand-counted fixtures, the working-day target across
 * Christmas, the handler who may not handle a complaint about themselves, retention, and that no
 * complaint reaches a public page, a feed or an email update.
 */
@ScrutinyTest
class ComplaintsIntegrationTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String OFFICER = "secretariat@demo.scrutiny.test";

    @Autowired
    MockMvc mvc;

    @Autowired
    ComplaintService complaints;

    @Autowired
    ComplaintRegister register;

    @Autowired
    MailWorker worker;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    List<ItemPapers> papers;

    @Autowired
    MeetingSchedule meetings;

    @Autowired
    PanelMembership membership;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private static Complaint.Complainant byEmail(String name, String email) {
        return new Complaint.Complainant(name, email, null, null, Complaint.ContactBy.EMAIL, null, false, null);
    }

    private Complaint entered(LocalDate receivedOn, String what, Complaint.Complainant who) {
        return complaints.enter(
                new ComplaintService.Entry(
                        Complaint.Kind.COMPLAINT,
                        Complaint.Subject.COMMISSIONER,
                        Complaint.Source.LETTER,
                        receivedOn,
                        null,
                        what,
                        who,
                        null),
                OFFICER);
    }

    @Test
    void
            a_complaint_made_online_is_acknowledged_by_email_recorded_resolved_informally_and_each_letter_is_an_accessible_pdf()
                    throws Exception {
        MockHttpServletResponse sent = mvc.perform(post("/complaints/new")
                        .with(csrf())
                        .param("subject", "COMMISSIONER")
                        .param("description", "The Commissioner shouted at me at the Ely surgery on a Tuesday.")
                        .param("incidentOn.day", "1")
                        .param("incidentOn.month", "12")
                        .param("incidentOn.year", "2026")
                        .param("name", "Pat Online")
                        .param("contactBy", "EMAIL")
                        .param("email", "pat.online@example.org")
                        .param("website", ""))
                .andReturn()
                .getResponse();
        assertThat(sent.getRedirectedUrl()).isEqualTo("/complaints/sent");
        Complaint complaint = complaints.recent().stream()
                .filter(c -> "pat.online@example.org".equals(c.getEmail()))
                .findFirst()
                .orElseThrow();
        assertThat(complaint.isAcknowledged()).isTrue();
        assertThat(complaint.getSubjectName()).isEqualTo("Darryl Preston");

        List<MimeMessage> acknowledgement = Inbox.messagesTo(mail, worker::sendDue, "pat.online@example.org", 1);
        assertThat(Inbox.subject(acknowledgement.get(0))).contains(complaint.reference());
        assertThat(Inbox.text(acknowledgement.get(0))).contains("Dear Pat Online", "decide whether to record");

        complaint = complaints.record(
                complaint.getId(),
                complaint.getVersion(),
                new ComplaintService.Recording(false, Complaint.Disclosure.COPY_SENT, null),
                OFFICER);
        assertThat(complaint.getResolutionDue())
                .isEqualTo(complaint.getDecidedOn().plusWeeks(12));
        complaint = complaints.resolve(
                complaint.getId(),
                complaint.getVersion(),
                new ComplaintService.Resolution(
                        Set.of(Complaint.ResolutionStep.EXPLANATION, Complaint.ResolutionStep.MEETING),
                        false,
                        "The complaints sub-committee",
                        "The Commissioner explained what happened at the surgery."),
                OFFICER);
        assertThat(complaint.getStatus()).isEqualTo(Complaint.Status.RESOLVED);

        List<ComplaintLetter> letters = complaints.letters(complaint.getId());
        assertThat(letters)
                .extracting(ComplaintLetter::getKind)
                .containsExactly(
                        ComplaintLetter.Kind.ACKNOWLEDGEMENT,
                        ComplaintLetter.Kind.RECORDING_DECISION,
                        ComplaintLetter.Kind.COPY_TO_SUBJECT,
                        ComplaintLetter.Kind.OUTCOME,
                        ComplaintLetter.Kind.OUTCOME);
        for (ComplaintLetter letter : letters) {
            assertThat(PdfChecker.pdfUaFailures(letter.getPdf()))
                    .as(letter.getKind().label())
                    .isEmpty();
        }
        String outcome = PdfChecker.text(letters.get(3).getPdf()).replaceAll("\\s+", " ");
        assertThat(outcome)
                .contains(complaint.reference(), "resolved informally", "Local Government and Social Care Ombudsman");
        assertThat(PdfChecker.text(letters.get(2).getPdf()).replaceAll("\\s+", " "))
                .contains("shouted at me at the Ely surgery");
        assertThat(complaints.withHistory(complaint.getId()).getSteps())
                .extracting(step -> step.getWhat())
                .contains(
                        "Made the complaint on the panel's online form",
                        "Recorded it; a copy was sent to the person complained against");

        MockHttpServletResponse pdf = mvc.perform(get("/manage/complaints/" + complaint.getId() + "/letters/"
                                + letters.get(0).getId())
                        .with(Users.SECRETARIAT))
                .andReturn()
                .getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void the_public_form_keeps_what_was_typed_and_says_what_is_wrong_in_valid_html() throws Exception {
        String html = mvc.perform(post("/complaints/new")
                        .with(csrf())
                        .param("subject", "")
                        .param("description", "x".repeat(1024 * 1024))
                        .param("incidentOn.day", "31")
                        .param("incidentOn.month", "2")
                        .param("incidentOn.year", "2022")
                        .param("name", "Kept Name")
                        .param("contactBy", "POST")
                        .param("onBehalfOf", "My neighbour"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains(
                        "Choose who the complaint is about",
                        "What happened must be 20,000 characters or fewer; it has 1,048,576",
                        "must be a real date",
                        "Enter a postal address, as post was chosen",
                        "Confirm that the person you complain for has agreed to it in writing",
                        "value=\"Kept Name\"",
                        "value=\"My neighbour\"");
        assertThat(HtmlChecker.errorsIn(html)).isEmpty();
    }

    @Test
    void the_acknowledgement_target_is_five_working_days_counted_across_the_christmas_bank_holidays() {
        Complaint complaint =
                entered(LocalDate.of(2023, 12, 22), "Received on the Friday before Christmas", byEmail("Noel", null));
        // 25 and 26 December and 1 January are bank holidays: 27, 28, 29 December, 2 and 3 January.
        assertThat(complaint.getAcknowledgementDue()).isEqualTo(LocalDate.of(2024, 1, 3));
        assertThat(complaint.isAcknowledged()).isFalse();
        assertThatThrownBy(() -> complaints.notRecord(
                        complaint.getId(),
                        complaint.getVersion(),
                        Complaint.NotRecordedReason.NOT_ABOUT_CONDUCT,
                        OFFICER))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("acknowledgement");
    }

    @Test
    void the_review_of_complaints_for_the_seeds_meeting_says_there_were_none_as_the_seed_does() {
        LocalDate day = LocalDate.of(2022, 3, 23);
        long meeting = meetings.meetingsBetween(day, day).get(0).id();
        Instant published =
                LocalDateTime.of(2022, 3, 15, 12, 0).atZone(London.ZONE).toInstant();
        ItemPapers.Document review = papers.stream()
                .flatMap(p -> p.documentFor(meeting, ItemPurpose.COMPLAINTS_REVIEW, published).stream())
                .findFirst()
                .orElseThrow();
        assertThat(review.title()).isEqualTo("Review of Complaints");
        byte[] pdf = review.pdf().get();
        assertThat(PdfChecker.pdfUaFailures(pdf)).isEmpty();
        String text = PdfChecker.text(pdf).replaceAll("\\s+", " ");
        assertThat(text)
                .contains(
                        "REVIEW OF COMPLAINTS",
                        "5.1 During this reporting period there were no complaints made against the Commissioner.",
                        "3 February 2022 to 15 March 2022")
                .doesNotContain("Demo Complainant");
    }

    /**
     * Counted by hand from the five demo complaints (ComplaintsDemoData): received 9 May (not
     * recorded: not about conduct), 6 June (resolved 1 August), 5 September (recorded, referred 12
     * September, sent back 3 October, still open), 10 October (disapplied 24 October as
     * repetitious), 1 November (about the Deputy; withdrawn 14 November); each acknowledged the
     * day after it arrived.
     */
    @Test
    void the_figures_for_a_period_match_the_demo_complaints_counted_by_hand() {
        ComplaintFigures year = register.figures(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 12, 31));
        assertThat(year.received()).isEqualTo(5);
        assertThat(year.aboutCommissioner()).isEqualTo(4);
        assertThat(year.aboutDeputy()).isEqualTo(1);
        assertThat(year.recorded()).isEqualTo(4);
        assertThat(year.notRecorded())
                .containsEntry(Complaint.NotRecordedReason.NOT_ABOUT_CONDUCT.label(), 1)
                .containsEntry(Complaint.NotRecordedReason.CRIMINAL_PROCEEDINGS.label(), 0);
        assertThat(year.referredToIopc()).isEqualTo(1);
        assertThat(year.returnedByIopc()).isEqualTo(1);
        assertThat(year.investigatedByIopc()).isZero();
        assertThat(year.disapplied()).containsEntry(Complaint.DisapplicationGround.REPETITIOUS.label(), 1);
        assertThat(year.disappliedTotal()).isEqualTo(1);
        assertThat(year.withdrawn()).isEqualTo(1);
        assertThat(year.resolvedInformally()).isEqualTo(1);
        assertThat(year.resolvedInTime()).isEqualTo(1);
        assertThat(year.openAtEnd()).isEqualTo(1);
        assertThat(year.acknowledged()).isEqualTo(5);
        assertThat(year.acknowledgedInTime()).isEqualTo(5);

        ComplaintFigures autumn = register.figures(LocalDate.of(2022, 10, 1), LocalDate.of(2022, 12, 31));
        assertThat(autumn.received()).isEqualTo(2);
        assertThat(autumn.aboutDeputy()).isEqualTo(1);
        assertThat(autumn.recorded()).isEqualTo(2);
        assertThat(autumn.notRecordedTotal()).isZero();
        assertThat(autumn.referredToIopc()).isZero();
        assertThat(autumn.returnedByIopc()).isEqualTo(1);
        assertThat(autumn.disappliedTotal()).isEqualTo(1);
        assertThat(autumn.withdrawn()).isEqualTo(1);
        assertThat(autumn.resolvedInformally()).isZero();
        assertThat(autumn.openAtEnd()).isEqualTo(1);

        ComplaintFigures seedPeriod = register.figures(LocalDate.of(2021, 4, 1), LocalDate.of(2022, 2, 28));
        assertThat(seedPeriod.nothingToReport()).isTrue();
    }

    @Test
    void someone_the_complaint_is_about_cannot_handle_it_even_with_the_handlers_role() throws Exception {
        long commissioner = membership.officialsOn(LocalDate.of(2022, 6, 1)).stream()
                .filter(o -> o.office() == Office.COMMISSIONER)
                .findFirst()
                .orElseThrow()
                .personId();
        String before = jdbc.queryForObject("select email from person where id = ?", String.class, commissioner);
        jdbc.update("update person set email = 'the.commissioner@example.org' where id = ?", commissioner);
        try {
            Complaint complaint =
                    entered(LocalDate.now(), "About the Commissioner", byEmail("Someone", "s@example.org"));
            assertThat(complaints.isAbout(complaint, "The.Commissioner@example.org"))
                    .isTrue();
            assertThatThrownBy(() -> complaints.acknowledge(
                            complaint.getId(), complaint.getVersion(), "the.commissioner@example.org"))
                    .isInstanceOf(BusinessRuleViolation.class)
                    .hasMessageContaining("about you");
            String page = mvc.perform(get("/manage/complaints/" + complaint.getId())
                            .with(user("the.commissioner@example.org").roles("COMPLAINTS_HANDLER")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).contains("This complaint is about you").doesNotContain("Send the acknowledgement");
            assertThat(complaints.complaint(complaint.getId()).isAcknowledged()).isFalse();
        } finally {
            jdbc.update("update person set email = ? where id = ?", before, commissioner);
        }
    }

    /** Dana's complaint about the Deputy on the public form, by post, with {@code file}. */
    private MockHttpServletResponse complainByPostWith(MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/complaints/new")
                        .file(file)
                        .with(csrf())
                        .param("subject", "DEPUTY_COMMISSIONER")
                        .param("description", "The Deputy ignored my letter about the Wisbech surgery.")
                        .param("name", "Dana Document")
                        .param("contactBy", "POST")
                        .param("postalAddress", "1 Letter Lane, Wisbech")
                        .param("website", ""))
                .andReturn()
                .getResponse();
    }

    @Test
    void a_document_sent_with_a_complaint_is_checked_kept_for_its_handlers_alone_and_erased_with_the_rest()
            throws Exception {
        MockMultipartFile notADocument = new MockMultipartFile(
                "file", "run-me.exe", "application/octet-stream", "MZ not a document".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse refused = complainByPostWith(notADocument);
        assertThat(refused.getStatus()).isEqualTo(200);
        Document form = Jsoup.parse(refused.getContentAsString());
        assertThat(form.select("#file-error").text()).contains("must be a PDF or a Word document");
        assertThat(form.select(".govuk-error-summary a[href=#file]")).hasSize(1);
        assertThat(form.select("#description").text())
                .isEqualTo("The Deputy ignored my letter about the Wisbech surgery.");
        assertThat(form.select("#name").attr("value")).isEqualTo("Dana Document");
        assertThat(HtmlChecker.errorsIn(refused.getContentAsString())).isEmpty();
        assertThat(complaints.recent()).noneMatch(c -> "Dana Document".equals(c.getComplainantName()));

        byte[] pdf = Papers.taggedPdf("Dana's letter to the Deputy", 2);
        MockHttpServletResponse sent = complainByPostWith(
                new MockMultipartFile("file", "../../letter to the Deputy.pdf", "application/pdf", pdf));
        assertThat(sent.getRedirectedUrl()).isEqualTo("/complaints/sent");
        Complaint complaint = complaints.recent().stream()
                .filter(c -> "Dana Document".equals(c.getComplainantName()))
                .findFirst()
                .orElseThrow();
        List<ComplaintAttachment> documents = complaints.attachments(complaint.getId());
        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).getFileName()).isEqualTo("letter to the Deputy.pdf");
        assertThat(documents.get(0).description()).startsWith("PDF").endsWith("2 pages");
        assertThat(complaints.withHistory(complaint.getId()).getSteps())
                .extracting(step -> step.getWhat())
                .contains(
                        "Attached a document sent with it (" + documents.get(0).description() + ")")
                .noneMatch(what -> what.contains("letter to the Deputy"));

        String page = "/manage/complaints/" + complaint.getId();
        String address = page + "/documents/" + documents.get(0).getId();
        String register = mvc.perform(get(page).with(Users.MONITORING_OFFICER))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(register).select("a[href=" + address + "]").text())
                .isEqualTo("letter to the Deputy.pdf");
        MockHttpServletResponse download = mvc.perform(get(address).with(Users.MONITORING_OFFICER))
                .andReturn()
                .getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getHeader("Cache-Control")).contains("no-store");
        assertThat(download.getHeader("Content-Security-Policy")).contains("script-src 'none'");
        assertThat(mvc.perform(get(address).with(Users.OPCC))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get(address)).andReturn().getResponse().getStatus())
                .isIn(302, 401, 403);

        // Entered by the secretariat with the letter as received, when no Commissioner held office,
        // so that its retention runs from its closing; the document goes with the rest. Handled in
        // 2020, so that it is closed before the demo's figures begin.
        clock.set(LocalDateTime.of(2020, 7, 6, 10, 0));
        Complaint old = complaints.enter(
                new ComplaintService.Entry(
                        Complaint.Kind.COMPLAINT,
                        Complaint.Subject.COMMISSIONER,
                        Complaint.Source.LETTER,
                        LocalDate.of(2020, 7, 1),
                        null,
                        "A letter kept with its complaint",
                        byEmail("Lee Letter", "lee@example.org"),
                        new UploadedFile("scan.pdf", Papers.taggedPdf("Lee's letter", 1))),
                OFFICER);
        assertThat(complaints.attachments(old.getId())).hasSize(1);
        old = complaints.acknowledge(old.getId(), old.getVersion(), OFFICER);
        old = complaints.notRecord(
                old.getId(), old.getVersion(), Complaint.NotRecordedReason.NOT_ABOUT_CONDUCT, OFFICER);
        clock.set(old.getClosedOn().plusMonths(12).plusDays(2).atTime(12, 0));
        complaints.erasePersonalData();
        assertThat(complaints.complaint(old.getId()).isErased()).isTrue();
        assertThat(complaints.attachments(old.getId())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from complaint_attachment where complaint_id = ?", Long.class, old.getId()))
                .isZero();
    }

    @Test
    void after_the_retention_period_the_complainants_data_letters_and_emails_are_erased_and_the_counts_stay() {
        // Received when no Commissioner held office in the demo panel, so retention runs from its closing.
        Complaint complaint = entered(
                LocalDate.of(2020, 6, 1),
                "Erase me: a very particular grievance",
                byEmail("Erin Erased", "erin@example.org"));
        complaint = complaints.acknowledge(complaint.getId(), complaint.getVersion(), OFFICER);
        complaint = complaints.notRecord(
                complaint.getId(), complaint.getVersion(), Complaint.NotRecordedReason.NOT_ABOUT_CONDUCT, OFFICER);
        LocalDate closed = complaint.getClosedOn();
        long id = complaint.getId();
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where dedupe_key like ?",
                        Long.class,
                        "complaint:" + id + ":%"))
                .isPositive();

        clock.set(closed.plusMonths(12).atTime(12, 0));
        complaints.erasePersonalData();
        assertThat(complaints.complaint(id).isErased()).isFalse();

        clock.set(closed.plusMonths(12).plusDays(2).atTime(12, 0));
        complaints.erasePersonalData();
        Complaint erased = complaints.complaint(id);
        assertThat(erased.isErased()).isTrue();
        assertThat(erased.getComplainantName()).isNull();
        assertThat(erased.getEmail()).isNull();
        assertThat(erased.getDescription()).isNull();
        assertThat(erased.getNotRecordedReason()).isEqualTo(Complaint.NotRecordedReason.NOT_ABOUT_CONDUCT);
        assertThat(complaints.letters(id)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where dedupe_key like ?",
                        Long.class,
                        "complaint:" + id + ":%"))
                .isZero();
        // The audit trail never held the personal data: its table has no column for it.
        assertThat(jdbc.queryForList(
                        "select column_name from information_schema.columns where table_name = 'complaint_aud'",
                        String.class))
                .doesNotContain("description", "complainant_name", "email", "telephone", "postal_address", "outcome")
                .contains("status", "received_on");
        assertThat(jdbc.queryForObject(
                        "select count(*) from complaint_step where complaint_id = ? and what like '%Erin%'",
                        Long.class, id))
                .isZero();
        assertThat(register.figures(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 1))
                        .received())
                .isEqualTo(1);

        // Complaints about a Commissioner still in office are kept however old.
        assertThat(complaints.complaint(1).isErased()).isFalse();
    }

    @Test
    void no_complaint_reaches_a_public_page_a_feed_or_an_email_update() throws Exception {
        String phrase = "Zanzibar-quartz-grievance";
        Complaint complaint =
                entered(LocalDate.now(), phrase + " at the town hall", byEmail("Quentin Leakproof", "q@example.org"));
        complaints.acknowledge(complaint.getId(), complaint.getVersion(), OFFICER);
        List<String> leaks = new ArrayList<>();
        List<String> everywhere = new ArrayList<>(Pages.PUBLIC);
        everywhere.addAll(List.of("/meetings.atom", "/documents.atom", "/recommendations.atom", "/meetings.ics"));
        for (String path : everywhere) {
            String body = mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (body.contains(phrase) || body.contains("Quentin Leakproof") || body.contains(complaint.reference())) {
                leaks.add(path);
            }
        }
        for (String role : List.of("MEMBER", "OPCC", "ADMIN")) {
            int status = mvc.perform(get("/manage/complaints/" + complaint.getId())
                            .with(user(role.toLowerCase() + "@demo.scrutiny.test")
                                    .roles(role)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status != 403) {
                leaks.add("/manage/complaints as " + role + ": " + status);
            }
        }
        List<String> mailedElsewhere = jdbc.queryForList(
                "select dedupe_key from mail_outbox where body like ? and dedupe_key not like 'complaint:%'",
                String.class, "%" + phrase + "%");
        assertThat(leaks).isEmpty();
        assertThat(mailedElsewhere).isEmpty();
    }
}
