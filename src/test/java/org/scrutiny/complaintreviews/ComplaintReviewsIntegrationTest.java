package org.scrutiny.complaintreviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutiny.complaintreviews.domain.ChiefConstableComplaint;
import org.scrutiny.complaintreviews.domain.ChiefConstableComplaintService;
import org.scrutiny.complaintreviews.domain.ComplaintReviewsPaper;
import org.scrutiny.complaintreviews.domain.ReviewRecommendation;
import org.scrutiny.complaintreviews.domain.ReviewRequest;
import org.scrutiny.complaintreviews.domain.ReviewRequest.Complainant;
import org.scrutiny.complaintreviews.domain.ReviewRequest.Facts;
import org.scrutiny.complaintreviews.domain.ReviewRequest.Handling;
import org.scrutiny.complaintreviews.domain.ReviewService;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.papers.ItemPapers;
import org.scrutiny.shared.London;
import org.scrutiny.support.PdfChecker;
import org.scrutiny.support.ScrutinyTest;
import org.scrutiny.support.TestClock;
import org.scrutiny.support.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The office's side of police complaints, end to end on the demo data: the seed's figures come out
 * of the records, a second period counted by hand does too, a request goes from the public form to
 * a quality-assured decision and its letter, and nothing of a case reaches a public page or a feed.
 */
@ScrutinyTest
class ComplaintReviewsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReviewService reviews;

    @Autowired
    ComplaintReviews figures;

    @Autowired
    ChiefConstableComplaintService chiefConstableComplaints;

    @Autowired
    ComplaintReviewsPaper paper;

    @Autowired
    MeetingSchedule meetings;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_demo_records_give_the_seed_s_figures_for_april_2021_to_february_2022() {
        ReviewFigures counted = figures.figures(LocalDate.of(2021, 4, 1), LocalDate.of(2022, 2, 28));

        assertThat(counted.received()).isEqualTo(46);
        assertThat(counted.valid()).isEqualTo(33);
        assertThat(counted.completed()).isEqualTo(30);
        assertThat(counted.ongoing()).isEqualTo(3);
        assertThat(counted.notStarted()).isZero();
        assertThat(counted.invalidTotal()).isEqualTo(3);
        assertThat(counted.invalid())
                .containsEntry(ReviewRequest.InvalidReason.OUT_OF_TIME.label(), 2)
                .containsEntry(ReviewRequest.InvalidReason.NOT_RELEVANT_REVIEW_BODY.label(), 1)
                .containsEntry(ReviewRequest.InvalidReason.NOT_RECORDED.label(), 0);
        assertThat(counted.notProgressed()).isEqualTo(10);
        assertThat(counted.awaitingConfirmation()).isZero();
        assertThat(counted.upheld()).isEqualTo(2);
        assertThat(counted.recommendations()).isEqualTo(2);
        assertThat(counted.recommendationsAgreed()).isEqualTo(2);
        assertThat(counted.chiefConstable().received()).isEqualTo(2);
        assertThat(counted.chiefConstable().recorded()).isEqualTo(1);
        assertThat(counted.chiefConstable().notRecorded()).isEqualTo(1);
        assertThat(counted.chiefConstable().outcomes())
                .containsEntry(ChiefConstableComplaint.Outcome.SERVICE_ACCEPTABLE.label(), 1);
        assertThat(counted.chiefConstable().reviewedByIopc()).isEqualTo(1);
        assertThat(counted.chiefConstable().reviewsNotUpheld()).isEqualTo(1);
        assertThat(counted.aboutCommissioner()).isZero();
    }

    @Test
    void the_agenda_of_23_march_2022_carries_the_seed_s_figures_as_a_tagged_pdf_and_a_page() throws Exception {
        long meetingId = meetingOf23March2022();
        ItemPapers.Document document = paper.documentFor(
                        meetingId,
                        ItemPurpose.COMPLAINTS_AND_CONDUCT,
                        LocalDateTime.of(2022, 3, 15, 9, 0).atZone(London.ZONE).toInstant())
                .orElseThrow();
        byte[] pdf = document.pdf().get();

        assertThat(PdfChecker.pdfUaFailures(pdf)).isEmpty();
        String text = text(pdf);
        assertThat(text).contains("1 April 2021 to 28 February 2022");
        assertThat(text).contains("Complaint review requests received: 46.");
        assertThat(text).contains("Valid requests: 33 (30 completed, 3 ongoing, 0 not started).");
        assertThat(text).contains("Invalid requests: 3.");
        assertThat(text).contains("did not confirm them: 10.");
        assertThat(text)
                .contains(
                        "Complaints received about the Chief Constable: 2; recorded under Schedule 3: 1; not recorded: 1");
        assertThat(text).doesNotContain("Invented complainant");

        String page = mvc.perform(
                        get("/meetings/" + meetingId + "/complaint-reviews").with(anonymous()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("1 April 2021 to 28 February 2022").doesNotContain("Invented complainant");
        String agenda = mvc.perform(get("/meetings/" + meetingId + "/agenda").with(anonymous()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(agenda).contains("/meetings/" + meetingId + "/complaint-reviews");
    }

    @Test
    void the_report_period_is_the_financial_year_to_the_end_of_the_month_before_the_agenda() {
        assertThat(ComplaintReviewsPaper.periodBefore(LocalDate.of(2022, 3, 15)))
                .isEqualTo(new ComplaintReviewsPaper.ReviewPeriod(LocalDate.of(2021, 4, 1), LocalDate.of(2022, 2, 28)));
        assertThat(ComplaintReviewsPaper.periodBefore(LocalDate.of(2022, 5, 3)))
                .isEqualTo(new ComplaintReviewsPaper.ReviewPeriod(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 30)));
        assertThat(ComplaintReviewsPaper.periodBefore(LocalDate.of(2022, 4, 20)))
                .isEqualTo(new ComplaintReviewsPaper.ReviewPeriod(LocalDate.of(2021, 4, 1), LocalDate.of(2022, 3, 31)));
    }

    /**
     * January to March 2019, counted by hand: five requests received. A: out of time, confirmed
     * (invalid). B: never confirmed (not progressed on 1 February). C: investigated, reviewed and
     * upheld with one recommendation, completed 28 January, suspended 15 to 17 January. D: not
     * investigated, completed 14 February, not upheld. E: confirmed 25 March, not assigned (not
     * started). One complaint about the Chief Constable: recorded, referred to the IOPC, no outcome.
     * Working days: C confirmed Thu 10 January, completed Mon 28 January: 12 working days, of
     * which 2 suspended (the days after Tue 15 up to Thu 17 January), so 10 less suspensions; D
     * confirmed Mon 28 January, completed Thu 14 February: 13 working days.
     */
    @Test
    void a_hand_counted_period_in_2019_comes_out_as_counted() {
        String officer = "hand.count@demo.scrutiny.test";
        ReviewRequest a = enterOn(LocalDate.of(2019, 1, 7), LocalDate.of(2018, 11, 30), true, officer);
        ReviewRequest b = enterOn(LocalDate.of(2019, 1, 8), LocalDate.of(2019, 1, 2), true, officer);
        ReviewRequest c = enterOn(LocalDate.of(2019, 1, 9), LocalDate.of(2019, 1, 2), true, officer);
        ReviewRequest d = enterOn(LocalDate.of(2019, 1, 21), LocalDate.of(2019, 1, 14), false, officer);
        ReviewRequest e = enterOn(LocalDate.of(2019, 3, 18), LocalDate.of(2019, 3, 11), false, officer);

        at(LocalDate.of(2019, 1, 10));
        a = reviews.confirm(a.getId(), a.getVersion(), LocalDate.of(2019, 1, 10), officer);
        c = reviews.confirm(c.getId(), c.getVersion(), LocalDate.of(2019, 1, 10), officer);
        c = reviews.assign(c.getId(), c.getVersion(), "Reviewer", officer);
        at(LocalDate.of(2019, 1, 15));
        c = reviews.suspend(c.getId(), c.getVersion(), LocalDate.of(2019, 1, 15), "Waiting for the file", officer);
        at(LocalDate.of(2019, 1, 17));
        c = reviews.resume(c.getId(), c.getVersion(), LocalDate.of(2019, 1, 17), officer);
        at(LocalDate.of(2019, 1, 25));
        c = reviews.decide(
                c.getId(),
                c.getVersion(),
                new ReviewService.Decision(true, "Not proportionate", List.of("Apologise")),
                officer);
        at(LocalDate.of(2019, 1, 28));
        c = reviews.qualityAssure(c.getId(), c.getVersion(), "manager@demo.scrutiny.test");
        d = reviews.confirm(d.getId(), d.getVersion(), LocalDate.of(2019, 1, 28), officer);
        d = reviews.assign(d.getId(), d.getVersion(), "Reviewer", officer);
        at(LocalDate.of(2019, 2, 1));
        b = reviews.notProgressed(b.getId(), b.getVersion(), officer);
        at(LocalDate.of(2019, 2, 12));
        d = reviews.decide(
                d.getId(), d.getVersion(), new ReviewService.Decision(false, "Reasonable", List.of()), officer);
        at(LocalDate.of(2019, 2, 14));
        d = reviews.qualityAssure(d.getId(), d.getVersion(), "manager@demo.scrutiny.test");
        at(LocalDate.of(2019, 3, 25));
        e = reviews.confirm(e.getId(), e.getVersion(), LocalDate.of(2019, 3, 25), officer);
        ChiefConstableComplaint complaint =
                chiefConstableComplaints.receive(LocalDate.of(2019, 2, 4), "Hand count", "A complaint");
        chiefConstableComplaints.handle(
                complaint.getId(),
                complaint.getVersion(),
                new ChiefConstableComplaint.Handling(
                        true, null, true, null, null, ChiefConstableComplaint.IopcReview.NONE));
        clock.reset();

        ReviewFigures counted = figures.figures(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31));

        assertThat(counted.received()).isEqualTo(5);
        assertThat(counted.completed()).isEqualTo(2);
        assertThat(counted.ongoing()).isZero();
        assertThat(counted.notStarted()).isEqualTo(1);
        assertThat(counted.invalid()).containsEntry(ReviewRequest.InvalidReason.OUT_OF_TIME.label(), 1);
        assertThat(counted.invalidTotal()).isEqualTo(1);
        assertThat(counted.notProgressed()).isEqualTo(1);
        assertThat(counted.upheld()).isEqualTo(1);
        assertThat(counted.investigated()).isEqualTo(new ReviewFigures.Share(1, 1));
        assertThat(counted.notInvestigated()).isEqualTo(new ReviewFigures.Share(1, 0));
        assertThat(counted.recommendations()).isEqualTo(1);
        assertThat(counted.recommendationsAgreed()).isZero();
        assertThat(counted.averageWorkingDays()).isEqualTo((12 + 13) / 2.0);
        assertThat(counted.averageWorkingDaysLessSuspensions()).isEqualTo((10 + 13) / 2.0);
        assertThat(counted.completedInTime()).isEqualTo(2);
        assertThat(counted.chiefConstable().received()).isEqualTo(1);
        assertThat(counted.chiefConstable().referredToIopc()).isEqualTo(1);

        // As it stood at the end of January: D was confirmed and assigned, not yet completed.
        ReviewFigures january = figures.figures(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 31));
        assertThat(january.received()).isEqualTo(4);
        assertThat(january.completed()).isEqualTo(1);
        assertThat(january.ongoing()).isEqualTo(1);
        assertThat(january.awaitingConfirmation()).isEqualTo(1);
    }

    @Test
    void the_working_day_targets_step_over_the_easter_bank_holidays() {
        clock.set(LocalDateTime.of(2022, 4, 14, 10, 0));
        ReviewRequest request =
                enterOn(LocalDate.of(2022, 4, 14), LocalDate.of(2022, 4, 1), true, "easter@demo.scrutiny.test");
        // Good Friday 15 and Easter Monday 18 April 2022 are not working days.
        assertThat(request.getAcknowledgementDue()).isEqualTo(LocalDate.of(2022, 4, 25));
        request = reviews.confirm(
                request.getId(), request.getVersion(), LocalDate.of(2022, 4, 14), "easter@demo.scrutiny.test");
        // 28 working days after Thursday 14 April 2022, with the two Easter days and the early May bank holiday (2 May)
        // out.
        assertThat(request.getReviewDue()).isEqualTo(LocalDate.of(2022, 5, 27));
    }

    @Test
    void a_request_goes_from_the_public_form_to_a_quality_assured_decision_and_its_letter() throws Exception {
        clock.set(LocalDateTime.of(2026, 3, 2, 11, 0));
        MockHttpServletResponse sent = mvc.perform(post("/complaint-reviews/new")
                        .with(anonymous())
                        .with(csrf())
                        .param("forceReference", "CO/77/26")
                        .param("outcomeGivenOn.day", "20")
                        .param("outcomeGivenOn.month", "2")
                        .param("outcomeGivenOn.year", "2026")
                        .param("grounds", "The force did not look at my evidence")
                        .param("name", "Dana Journey")
                        .param("email", "dana.journey@example.com"))
                .andReturn()
                .getResponse();
        assertThat(sent.getRedirectedUrl()).isEqualTo("/complaint-reviews/sent");
        long id = jdbc.queryForObject(
                "select id from review_request where complainant_name = 'Dana Journey'", Long.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where dedupe_key = ?",
                        Integer.class,
                        "complaint-review-" + id + "-acknowledgement"))
                .isEqualTo(1);

        step(
                id,
                "handling",
                Users.REVIEW_OFFICER,
                Map.of("recordedUnderSchedule3", "true", "investigated", "true", "iopcGround", ""));
        step(id, "confirmation", Users.REVIEW_OFFICER, Map.of("on.day", "2", "on.month", "3", "on.year", "2026"));
        step(id, "assignment", Users.REVIEW_OFFICER, Map.of("reviewOfficer", "Demo OPCC review officer"));
        MockHttpServletResponse refused = mvc.perform(post("/opcc/complaint-reviews/" + id + "/decision")
                        .with(Users.REVIEW_OFFICER)
                        .with(csrf())
                        .param("version", String.valueOf(reviews.request(id).getVersion()))
                        .param("outcome", "UPHELD")
                        .param("reasons", "The outcome did not follow from the evidence"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("An upheld review recommends what the Chief Constable should do")
                .contains("The outcome did not follow from the evidence");
        step(
                id,
                "decision",
                Users.REVIEW_OFFICER,
                Map.of(
                        "outcome", "UPHELD",
                        "reasons", "The outcome did not follow from the evidence",
                        "recommendation1", "Apologise to the complainant"));

        long version = reviews.request(id).getVersion();
        MockHttpServletResponse notAManager = mvc.perform(post("/opcc/complaint-reviews/" + id + "/quality-assurance")
                        .with(Users.REVIEW_OFFICER)
                        .with(csrf())
                        .param("version", String.valueOf(version)))
                .andReturn()
                .getResponse();
        assertThat(notAManager.getStatus()).isEqualTo(403);
        assertThat(reviews.request(id).getStatus()).isEqualTo(ReviewRequest.Status.DECIDED);

        step(id, "quality-assurance", Users.SENIOR_MANAGER, Map.of());
        ReviewRequest done = reviews.withHistory(id);
        assertThat(done.getStatus()).isEqualTo(ReviewRequest.Status.FINAL);
        assertThat(done.getCompletedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(done.getSteps()).extracting(s -> s.getWhat()).anyMatch(w -> w.startsWith("Quality-assured"));
        assertThat(jdbc.queryForObject(
                        "select body from mail_outbox where dedupe_key = ?",
                        String.class,
                        "complaint-review-" + id + "-decision"))
                .contains("Apologise to the complainant")
                .contains("judicial review");

        byte[] letter = mvc.perform(
                        get("/opcc/complaint-reviews/" + id + "/letter.pdf").with(Users.REVIEW_OFFICER))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfChecker.pdfUaFailures(letter)).isEmpty();
        assertThat(text(letter))
                .contains("Dana Journey")
                .contains("upheld your review")
                .contains("judicial review");

        step(id, "force-answer", Users.REVIEW_OFFICER, Map.of("recommendation", "1", "answer", "AGREED_DONE"));
        assertThat(reviews.withHistory(id).getRecommendations())
                .extracting(ReviewRecommendation::getForceAnswer)
                .containsExactly(ReviewRecommendation.ForceAnswer.AGREED_DONE);
    }

    @Test
    void bad_input_on_the_public_form_gets_a_message_and_keeps_what_was_typed() throws Exception {
        String longReference = "R".repeat(10_240);
        String page = mvc.perform(post("/complaint-reviews/new")
                        .with(anonymous())
                        .with(csrf())
                        .param("forceReference", longReference)
                        .param("outcomeGivenOn.day", "1")
                        .param("outcomeGivenOn.month", "1")
                        .param("outcomeGivenOn.year", "2099")
                        .param("grounds", "Kept grounds")
                        .param("name", "Kept Name")
                        .param("email", "kept@example.com"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("The force&#39;s complaint reference must be 50 characters or fewer")
                .contains("The day the outcome was given must be today or in the past")
                .contains("Kept grounds")
                .contains("Kept Name");
        assertThat(jdbc.queryForObject(
                        "select count(*) from review_request where complainant_name = 'Kept Name'", Integer.class))
                .isZero();
    }

    @Test
    void an_officer_s_entry_received_before_its_outcome_is_refused_with_what_was_typed_kept() throws Exception {
        String page = mvc.perform(post("/opcc/complaint-reviews/new")
                        .with(Users.REVIEW_OFFICER)
                        .with(csrf())
                        .param("channel", "LETTER")
                        .param("receivedOn.day", "1")
                        .param("receivedOn.month", "3")
                        .param("receivedOn.year", "2022")
                        .param("outcomeGivenOn.day", "5")
                        .param("outcomeGivenOn.month", "3")
                        .param("outcomeGivenOn.year", "2022")
                        .param("forceReference", "CO/ORDER/22")
                        .param("recordedUnderSchedule3", "true")
                        .param("iopcGround", "")
                        .param("name", "Order Kept")
                        .param("grounds", "Kept too"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("The day the outcome was given must be before the request was received")
                .contains("CO/ORDER/22")
                .contains("Order Kept");
        assertThat(jdbc.queryForObject(
                        "select count(*) from review_request where force_reference = 'CO/ORDER/22'", Integer.class))
                .isZero();
    }

    @Test
    void after_the_retention_period_the_complainant_s_details_are_erased_and_the_counts_stay() {
        String officer = "retention@demo.scrutiny.test";
        ReviewRequest request = enterOn(LocalDate.of(2018, 5, 1), LocalDate.of(2018, 4, 20), false, officer);
        at(LocalDate.of(2018, 5, 20));
        request = reviews.notProgressed(request.getId(), request.getVersion(), officer);
        ReviewFigures before = figures.figures(LocalDate.of(2018, 5, 1), LocalDate.of(2018, 5, 31));

        at(LocalDate.of(2024, 5, 20));
        assertThat(reviews.erasePersonalData()).as("not yet six years").isZero();
        at(LocalDate.of(2024, 5, 21));
        assertThat(reviews.erasePersonalData()).isEqualTo(1);

        ReviewRequest erased = reviews.request(request.getId());
        assertThat(erased.isErased()).isTrue();
        assertThat(erased.getComplainantName()).isNull();
        assertThat(erased.getGrounds()).isNull();
        assertThat(erased.getStatus()).isEqualTo(ReviewRequest.Status.NOT_PROGRESSED);
        assertThat(figures.figures(LocalDate.of(2018, 5, 1), LocalDate.of(2018, 5, 31)))
                .isEqualTo(before);
    }

    @Test
    void the_secretariat_sees_the_figures_never_a_case_and_the_public_sees_neither() throws Exception {
        assertThat(status(get("/opcc/review-figures"), Users.SECRETARIAT)).isEqualTo(200);
        assertThat(status(get("/opcc/complaint-reviews/1"), Users.SECRETARIAT)).isEqualTo(403);
        assertThat(status(get("/opcc/complaint-reviews"), Users.OPCC)).isEqualTo(403);
        assertThat(status(get("/opcc/review-figures"), anonymous())).isEqualTo(302);
        String figuresPage = mvc.perform(
                        get("/opcc/review-figures?from.day=1&from.month=4&from.year=2021&to.day=28&to.month=2&to.year=2022")
                                .with(Users.SECRETARIAT))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(figuresPage).contains("1 April 2021 to 28 February 2022").doesNotContain("Invented complainant");
    }

    @Test
    void no_case_reaches_a_public_page_a_feed_or_an_email_update() throws Exception {
        for (String path : List.of(
                "/", "/meetings", "/documents.atom", "/meetings.atom", "/recommendations.atom", "/meetings.ics")) {
            String body = mvc.perform(get(path).with(anonymous()))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body).as(path).doesNotContain("Invented complainant").doesNotContain("DEMO-CO/");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from update_alert where body like '%Invented complainant%' or body like '%DEMO-CO/%'"
                                + " or subject like '%Review request%' or match_text like '%DEMO-CO/%'",
                        Integer.class))
                .isZero();
    }

    private ReviewRequest enterOn(LocalDate received, LocalDate outcome, boolean investigated, String officer) {
        if (clock.instant().isBefore(received.atStartOfDay(London.ZONE).toInstant())) {
            at(received);
        }
        return reviews.enter(
                new ReviewService.Entry(
                        new Facts(ReviewRequest.Channel.LETTER, received, null, "HC/" + received, outcome),
                        new Handling(true, investigated, null),
                        new Complainant("Hand counted", null, null, "Grounds")),
                officer);
    }

    private void at(LocalDate day) {
        clock.set(day.atTime(12, 0));
    }

    private void step(long id, String step, RequestPostProcessor who, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post("/opcc/complaint-reviews/" + id + "/" + step)
                .with(who)
                .with(csrf())
                .param("version", String.valueOf(reviews.request(id).getVersion()));
        fields.forEach(request::param);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getRedirectedUrl())
                .as(step + ": " + response.getContentAsString())
                .isEqualTo("/opcc/complaint-reviews/" + id);
    }

    private int status(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who)).andReturn().getResponse().getStatus();
    }

    private long meetingOf23March2022() {
        LocalDate day = LocalDate.of(2022, 3, 23);
        return meetings.meetingsBetween(day, day).stream()
                .filter(m -> m.kind() == MeetingKind.ORDINARY)
                .mapToLong(MeetingSummary::id)
                .findFirst()
                .orElseThrow();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
