package org.scrutiny.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.Users.SECRETARIAT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scrutiny.questions.domain.PublicQuestion;
import org.scrutiny.questions.domain.QuestionService;
import org.scrutiny.shared.London;
import org.scrutiny.shared.mail.MailWorker;
import org.scrutiny.shared.web.OneTimeSubmissions;
import org.scrutiny.shared.web.SubmissionLimits;
import org.scrutiny.shared.web.TooManySubmissions;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.Inbox;
import org.scrutiny.support.ScrutinyTest;
import org.scrutiny.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ScrutinyTest
class PublicQuestionsIntegrationTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;

    @Autowired
    QuestionService questions;

    @Autowired
    MailWorker worker;

    @Autowired
    SubmissionLimits limits;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private long nextMeeting() {
        // Other tests plan meetings of their own; take one whose deadline is still ahead.
        return questions.openMeetings().stream()
                .filter(open -> !open.late())
                .findFirst()
                .orElseThrow()
                .meeting()
                .id();
    }

    private MockHttpServletRequestBuilder ask(String email, String text, String from) {
        return post("/questions/new")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                })
                .param("meeting", Long.toString(nextMeeting()))
                .param("kind", "QUESTION")
                .param("name", "Jo <b>Bloggs</b>")
                .param("email", email)
                .param("area", "Fenland District Council")
                .param("text", text)
                .param("attending", "no")
                .param("showName", "yes")
                .param("website", "");
    }

    private List<MimeMessage> mailTo(String address, int atLeast) {
        return Inbox.messagesTo(mail, worker::sendDue, address, atLeast);
    }

    private PublicQuestion latestFrom(String email) {
        return questions.allFor(nextMeeting()).stream()
                .filter(q -> email.equals(q.getEmail()))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    void
            a_question_is_acknowledged_by_email_with_its_reference_and_accepting_it_tells_the_person_and_publishes_it_escaped()
                    throws Exception {
        String text = "<script>alert('x')</script> How many PCSOs does the force have?";
        MockHttpServletResponse sent = mvc.perform(ask("jo.bloggs@example.org", text, "198.51.100.1"))
                .andReturn()
                .getResponse();
        assertThat(sent.getRedirectedUrl()).isEqualTo("/questions/sent");

        PublicQuestion question = latestFrom("jo.bloggs@example.org");
        assertThat(question.isLate()).isFalse();
        List<MimeMessage> received = mailTo("jo.bloggs@example.org", 1);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject())
                .isEqualTo("We have received your question (" + question.reference() + ")");
        String body = Inbox.text(received.get(0));
        assertThat(body).contains("Your reference is " + question.reference()).contains("How many PCSOs");
        assertThat(received.get(0).getHeader("List-Unsubscribe"))
                .as("not a mailing list")
                .isNull();

        questions.accept(question.getId(), question.getVersion(), "The Chair will take it first, after the apologies.");

        List<MimeMessage> decided = mailTo("jo.bloggs@example.org", 2);
        assertThat(decided)
                .extracting(MimeMessage::getSubject)
                .contains("Your question " + question.reference() + " has been accepted");
        MimeMessage accepted = decided.stream()
                .filter(m -> {
                    try {
                        return m.getSubject().endsWith("has been accepted");
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow();
        String acceptance = Inbox.text(accepted);
        String when = questions.meeting(question.getMeetingId()).whenAndWhere();
        assertThat(acceptance)
                .as("the moderation note reaches the person")
                .contains("A note from the secretariat:")
                .contains("The Chair will take it first, after the apologies.");
        assertThat(acceptance.split(Pattern.quote(when), -1))
                .as("the meeting is named once")
                .hasSize(2);

        String page = mvc.perform(get("/meetings/" + nextMeeting() + "/questions"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; How many PCSOs")
                .contains("Jo &lt;b&gt;Bloggs&lt;/b&gt;")
                .doesNotContain("<script>alert")
                .doesNotContain("<b>Bloggs")
                .as("email addresses and areas are never shown")
                .doesNotContain("jo.bloggs@example.org")
                .doesNotContain("Fenland");
        assertThat(HtmlChecker.errorsIn(page)).isEmpty();
    }

    @Test
    void a_published_agenda_links_its_public_questions_item_to_the_accepted_questions_and_their_answers()
            throws Exception {
        // The demo's meeting of 23 March 2022 has one accepted question, answered in writing, and one rejected.
        String agenda =
                mvc.perform(get("/meetings/4/agenda")).andReturn().getResponse().getContentAsString();
        assertThat(agenda).contains("href=\"/meetings/4/questions\"").contains("1 question or statement accepted");
        String page = mvc.perform(get("/meetings/4/questions"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Answered in writing on 23 March 2022")
                .contains("How will the Commissioner make sure")
                .doesNotContain("neighbour dispute");
    }

    @Test
    void a_rejected_question_is_told_the_reason_and_is_not_published() throws Exception {
        mvc.perform(ask("rejected@example.org", "Why has my complaint not been resolved?", "198.51.100.2"));
        PublicQuestion question = latestFrom("rejected@example.org");

        questions.reject(
                question.getId(), question.getVersion(), "It is about a live complaint or legal proceedings", null);

        List<MimeMessage> received = mailTo("rejected@example.org", 2);
        MimeMessage decision = received.stream()
                .filter(m -> {
                    try {
                        return m.getSubject().endsWith("has not been accepted");
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow();
        assertThat(Inbox.text(decision)).contains("It is about a live complaint or legal proceedings");
        assertThat(mvc.perform(get("/meetings/" + nextMeeting() + "/questions"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Why has my complaint");
    }

    @Test
    void a_question_form_sent_twice_stores_one_question_and_sends_both_to_the_same_page() throws Exception {
        String form =
                mvc.perform(get("/questions/new")).andReturn().getResponse().getContentAsString();
        Matcher hidden = Pattern.compile("name=\"" + OneTimeSubmissions.PARAMETER + "\" value=\"([^\"]+)\"")
                .matcher(form);
        assertThat(hidden.find()).as("the form carries a one-time token").isTrue();
        String token = hidden.group(1);
        String email = "twice.sent@example.org";

        MockHttpServletResponse first = mvc.perform(ask(email, "Is the 101 service answered?", "198.51.100.40")
                        .param(OneTimeSubmissions.PARAMETER, token))
                .andReturn()
                .getResponse();
        MockHttpServletResponse second = mvc.perform(ask(email, "Is the 101 service answered?", "198.51.100.40")
                        .param(OneTimeSubmissions.PARAMETER, token))
                .andReturn()
                .getResponse();

        assertThat(first.getRedirectedUrl()).isEqualTo("/questions/sent");
        assertThat(second.getStatus()).isEqualTo(303);
        assertThat(second.getRedirectedUrl()).isEqualTo("/questions/sent");
        assertThat(jdbc.queryForObject("select count(*) from public_question where email = ?", Long.class, email))
                .isEqualTo(1);

        String another =
                mvc.perform(get("/questions/new")).andReturn().getResponse().getContentAsString();
        assertThat(another)
                .as("every rendering of a form has a token of its own")
                .doesNotContain(token);
    }

    @Test
    void two_sendings_of_one_session_at_once_both_store_their_session_data() throws Exception {
        // Two requests of one session that arrive together both add the same new session
        // attribute (the message shown after the redirect): the second must update it, not fail
        // on the session attribute table's primary key.
        var pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                Cookie session = mvc.perform(get("/questions/new"))
                        .andReturn()
                        .getResponse()
                        .getCookie("SCRUTINY_SESSION");
                assertThat(session).as("showing the form starts a session").isNotNull();
                List<Future<Integer>> sent = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    String email = "together" + round + "." + i + "@example.org";
                    String from = "198.51.100." + (50 + i);
                    sent.add(pool.submit(
                            () -> mvc.perform(ask(email, "Sent at once", from).cookie(session))
                                    .andReturn()
                                    .getResponse()
                                    .getStatus()));
                }
                for (Future<Integer> status : sent) {
                    assertThat(status.get()).isLessThan(500);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void a_form_with_mistakes_keeps_what_was_typed_and_says_what_to_fix() throws Exception {
        String page = mvc.perform(post("/questions/new")
                        .with(csrf())
                        .param("meeting", Long.toString(nextMeeting()))
                        .param("text", "word ".repeat(301))
                        .param("name", "Jo Bloggs")
                        .param("email", "not-an-address"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("There is a problem")
                .contains("Choose whether it is a question or a statement")
                .contains("Enter an email address in the correct format")
                .contains("must be 300 words or fewer; it has 301")
                .contains("Choose the area you live or work in")
                .contains("value=\"Jo Bloggs\"");
        assertThat(HtmlChecker.errorsIn(page)).isEmpty();
    }

    @Test
    void control_characters_typed_into_the_form_never_reach_the_database() throws Exception {
        MockHttpServletResponse sent = mvc.perform(
                        ask("nul@example.org", "How many\u0000 PCSOs\u001b[2J are there?\u202E", "198.51.100.5"))
                .andReturn()
                .getResponse();

        assertThat(sent.getRedirectedUrl()).isEqualTo("/questions/sent");
        assertThat(latestFrom("nul@example.org").getText()).isEqualTo("How many PCSOs[2J are there?");
    }

    @Test
    void a_filled_in_hidden_field_is_thanked_and_dropped() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        ask("robot@example.org", "Buy now", "198.51.100.3").param("website", "http://spam.example"))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/questions/sent");
        assertThat(questions.allFor(nextMeeting())).noneMatch(q -> "robot@example.org".equals(q.getEmail()));
    }

    @Test
    void one_person_may_send_only_the_panel_s_number_of_questions_for_a_meeting() throws Exception {
        mvc.perform(ask("twice@example.org", "First question?", "198.51.100.4"));
        mvc.perform(ask("twice@example.org", "Second question?", "198.51.100.4"));
        String third = mvc.perform(ask("TWICE@example.org", "Third question?", "198.51.100.4"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(third).contains("You have already sent 2 questions or statements for this meeting");
    }

    @Test
    void too_many_submissions_from_one_email_address_get_a_clear_page_saying_when_to_try_again() throws Exception {
        MockHttpServletResponse last = null;
        for (int i = 0; i < 6; i++) {
            last = mvc.perform(ask("busy@example.org", "Question " + i + "?", "198.51.100." + (10 + i)))
                    .andReturn()
                    .getResponse();
        }
        assertThat(last.getStatus()).isEqualTo(429);
        assertThat(last.getHeader("Retry-After")).isNotBlank();
        assertThat(last.getContentAsString())
                .contains("You have sent this form too many times")
                .contains("You can try again after");
        assertThat(HtmlChecker.errorsIn(last.getContentAsString())).isEmpty();
    }

    @Test
    void too_many_submissions_from_one_client_address_are_refused_too() throws Exception {
        String address = "203.0.113.77";
        try {
            for (int i = 0; i < 1000; i++) {
                limits.countAddress("questions", address);
            }
        } catch (TooManySubmissions expected) {
            // the limit was reached before the form was used
        }
        assertThat(mvc.perform(ask("fresh@example.org", "A question?", address))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(429);
        assertThat(mvc.perform(ask("fresh@example.org", "A question?", "203.0.113.78"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("another address is not affected")
                .isEqualTo(302);
    }

    @Test
    void the_time_to_wait_is_counted_on_the_application_s_clock() throws Exception {
        clock.set(LocalDateTime.now(London.ZONE).minusMinutes(30).withNano(0));
        String address = "203.0.113.79";
        try {
            for (int i = 0; i < 1000; i++) {
                limits.countAddress("questions", address);
            }
        } catch (TooManySubmissions expected) {
            // the limit was reached before the form was used
        }
        MockHttpServletResponse refused = mvc.perform(ask("clocked@example.org", "A question?", address))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After"))
                .as("the whole hour's window on the application's clock, not the half hour left on the machine's")
                .isEqualTo("3600");
    }

    @Test
    void the_retention_job_erases_old_questioners_details_but_keeps_the_words_and_everything_newer() throws Exception {
        mvc.perform(ask("old@example.org", "An old question?", "198.51.100.30"));
        mvc.perform(ask("new@example.org", "A new question?", "198.51.100.31"));
        PublicQuestion old = latestFrom("old@example.org");
        questions.accept(old.getId(), old.getVersion(), null);
        old = questions.question(old.getId());
        questions.answer(
                old.getId(), old.getVersion(), PublicQuestion.AnswerKind.WRITTEN, "An old answer.", LocalDate.now());
        jdbc.update("update public_question set submitted_at = now() - interval '200 days' where id = ?", old.getId());

        assertThat(questions.erasePersonalData()).isGreaterThanOrEqualTo(1);

        PublicQuestion erased = questions.question(old.getId());
        assertThat(erased.getName()).isNull();
        assertThat(erased.getEmail()).isNull();
        assertThat(erased.getArea()).isNull();
        assertThat(erased.getPersonalDataErasedAt()).isNotNull();
        assertThat(erased.getText()).isEqualTo("An old question?");
        assertThat(erased.getAnswer()).isEqualTo("An old answer.");
        assertThat(latestFrom("new@example.org").getName()).isEqualTo("Jo <b>Bloggs</b>");
        assertThat(jdbc.queryForList(
                        "select column_name from information_schema.columns where table_name = 'public_question_aud'",
                        String.class))
                .as("the audit trail never held the personal data")
                .doesNotContain("name", "email", "area");
        String page = mvc.perform(get("/meetings/" + nextMeeting() + "/questions"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("An old question?").contains("An old answer.");
    }

    private String asSecretariat(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(SECRETARIAT))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void the_secretariat_s_forms_say_what_to_fix_and_change_nothing_when_wrong() throws Exception {
        long rulesVersion = questions.rules().getVersion();
        String rules = asSecretariat(post("/manage/questions/rules")
                .param("version", Long.toString(rulesVersion))
                .param("wordLimit", "lots")
                .param("mostPerPerson", "0")
                .param("rejectionReasons", " "));
        assertThat(rules).contains("The word limit must be a whole number");
        assertThat(HtmlChecker.errorsIn(rules)).isEmpty();
        assertThat(questions.rules().getWordLimit()).isEqualTo(300);

        mvc.perform(ask("answer.me@example.org", "Will you answer?", "198.51.100.40"));
        PublicQuestion question = latestFrom("answer.me@example.org");
        String decision = asSecretariat(post("/manage/questions/" + question.getId() + "/decision")
                .param("version", Long.toString(question.getVersion()))
                .param("decision", "REJECT"));
        assertThat(decision).contains("Choose the reason for rejecting it");
        assertThat(HtmlChecker.errorsIn(decision)).isEmpty();

        questions.accept(question.getId(), question.getVersion(), null);
        question = questions.question(question.getId());
        String answer = asSecretariat(post("/manage/questions/" + question.getId() + "/answer")
                .param("version", Long.toString(question.getVersion()))
                .param("answeredOn.day", "31")
                .param("answeredOn.month", "2")
                .param("answeredOn.year", "2026"));
        assertThat(answer).contains("Choose how it was answered").contains("Enter the answer");
        assertThat(HtmlChecker.errorsIn(answer)).isEmpty();
        assertThat(questions.question(question.getId()).isAnswered()).isFalse();

        String stale = asSecretariat(post("/manage/questions/" + question.getId() + "/decision")
                .param("version", Long.toString(question.getVersion() - 1))
                .param("decision", "ACCEPT"));
        assertThat(stale).contains("There is a problem");
    }
}
