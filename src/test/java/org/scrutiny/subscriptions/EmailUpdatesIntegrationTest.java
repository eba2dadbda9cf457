package org.scrutiny.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.MeetingBuilder.aMeeting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.papers.domain.PublicationService;
import org.scrutiny.plan.domain.Deliverable;
import org.scrutiny.plan.domain.PlanDecision;
import org.scrutiny.plan.domain.PlanService;
import org.scrutiny.plan.domain.PlanTheme;
import org.scrutiny.recommendations.domain.Recommendation;
import org.scrutiny.recommendations.domain.RecommendationService;
import org.scrutiny.shared.mail.MailWorker;
import org.scrutiny.subscriptions.domain.AlertSender;
import org.scrutiny.subscriptions.domain.SavedSearchAlerts;
import org.scrutiny.subscriptions.domain.Subscription;
import org.scrutiny.subscriptions.domain.SubscriptionService;
import org.scrutiny.support.Built;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.Inbox;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@ScrutinyTest
class EmailUpdatesIntegrationTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern CONFIRM_LINK = Pattern.compile("/updates/confirm/([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    AlertSender alerts;

    @Autowired
    SavedSearchAlerts savedSearches;

    @Autowired
    org.scrutiny.search.domain.SearchIndex searchIndex;

    @Autowired
    MailWorker worker;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanService plans;

    @Autowired
    AgendaService agendas;

    @Autowired
    MeetingService meetings;

    @Autowired
    PublicationService publications;

    private List<MimeMessage> mailTo(String address, int atLeast) {
        return Inbox.messagesTo(
                mail,
                () -> {
                    alerts.sendDue();
                    worker.sendDue();
                },
                address,
                atLeast);
    }

    /** Signs up through the form and returns the token from the confirmation email. */
    private String signUp(String email, String... params) throws Exception {
        var request = post("/updates/new").with(csrf()).param("email", email);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/updates/check-email");
        MimeMessage confirmation = mailTo(email, 1).stream()
                .filter(m -> Inbox.subject(m).startsWith("Confirm your email updates"))
                .findFirst()
                .orElseThrow();
        Matcher link = CONFIRM_LINK.matcher(Inbox.text(confirmation));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private void confirm(String token) throws Exception {
        String page = mvc.perform(get("/updates/confirm/" + token))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Confirm your email updates");
        assertThat(HtmlChecker.errorsIn(page)).isEmpty();
        String done = mvc.perform(post("/updates/confirm/" + token).with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(done).contains("Your email updates are confirmed");
    }

    private Recommendation recommend(String title) {
        return recommendations.send(Recommendation.Sending.recommendation(
                2, title, "That the Commissioner reports on it.", LocalDate.now()));
    }

    @Test
    void
            nothing_is_sent_until_the_emailed_link_is_confirmed_then_alerts_carry_a_one_click_unsubscribe_that_needs_no_sign_in()
                    throws Exception {
        String token = signUp("follower@example.org", "recommendations", "true");
        recommend("Before confirming: a recommendation on call handling");
        assertThat(mailTo("follower@example.org", 1))
                .extracting(Inbox::subject)
                .as("a pending sign-up gets nothing but the confirmation")
                .noneMatch(s -> s.contains("Before confirming"));

        confirm(token);
        recommend("A recommendation on 101 call handling");

        MimeMessage alert = mailTo("follower@example.org", 2).stream()
                .filter(m -> Inbox.subject(m)
                        .equals("Recommendation to the Commissioner: A recommendation on 101 call handling"))
                .findFirst()
                .orElseThrow();
        assertThat(Inbox.text(alert))
                .contains("That the Commissioner reports on it.")
                .contains("/updates/unsubscribe/" + token);
        String header = alert.getHeader("List-Unsubscribe")[0];
        assertThat(header).endsWith("/updates/unsubscribe/" + token + ">");
        assertThat(alert.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

        // What a mail program does with the header: a bare POST, with no session and no CSRF token.
        String path = URI.create(header.substring(1, header.length() - 1)).getPath();
        MockHttpServletResponse stopped = mvc.perform(post(path)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andReturn()
                .getResponse();
        assertThat(stopped.getStatus()).isEqualTo(200);
        assertThat(stopped.getContentAsString()).contains("You will get no more updates");
        assertThat(subscriptions.byToken(token)).isEmpty();
        MimeMessage goodbye = mailTo("follower@example.org", 3).stream()
                .filter(m -> Inbox.subject(m).startsWith("You will get no more email updates"))
                .findFirst()
                .orElseThrow();
        assertThat(Inbox.text(goodbye)).contains("recommendations to the Commissioner and responses");
        assertThat(goodbye.getHeader("List-Unsubscribe")).isNull();

        recommend("After stopping: a recommendation on road safety");
        assertThat(mailTo("follower@example.org", 2))
                .extracting(Inbox::subject)
                .noneMatch(s -> s.contains("After stopping"));
    }

    @Test
    void a_follower_of_a_theme_hears_of_the_commissioner_s_decisions_and_deliverables_under_it() throws Exception {
        PlanTheme ethical = plans.current()
                .map(p -> plans.themesOf(p.getId()).stream()
                        .filter(t -> t.getName().equals("Ethical Policing"))
                        .findFirst()
                        .orElseThrow())
                .orElseThrow();
        String token = signUp("theme.follower@example.org", "agendas", "false", "themes", "theme:" + ethical.getId());
        confirm(token);
        PlanTheme other =
                plans.current().map(p -> plans.themesOf(p.getId()).get(0)).orElseThrow();
        plans.record(new PlanDecision.Details(
                "MAIL/1",
                "Body-worn video policy",
                "A new policy on recording.",
                "Police and Crime Commissioner",
                ethical.getId(),
                null,
                true,
                null,
                null,
                LocalDate.now(),
                null,
                null));
        plans.record(new PlanDecision.Details(
                "MAIL/2",
                "Parish grants",
                "Small grants to parishes.",
                "Police and Crime Commissioner",
                other.getId(),
                null,
                false,
                null,
                null,
                LocalDate.now(),
                null,
                null));
        Deliverable deliverable = plans.addDeliverable(
                ethical.getId(),
                new Deliverable.Details("Ethics training (mail test)", null, null, null, LocalDate.of(2031, 3, 31)),
                "opcc");
        plans.changeStatus(
                deliverable.getId(), deliverable.getVersion(), Deliverable.Status.DELIVERED, "Published", "opcc");

        List<String> subjects = mailTo("theme.follower@example.org", 2).stream()
                .map(Inbox::subject)
                .toList();
        assertThat(subjects).contains("Commissioner's decision: Body-worn video policy");
        assertThat(subjects).anyMatch(s -> s.startsWith("Police and Crime Plan: ") && s.endsWith("is now delivered"));
        assertThat(subjects).noneMatch(s -> s.contains("Parish grants"));
    }

    @Test
    void a_theme_renamed_in_the_plan_keeps_its_followers_and_its_new_name_is_what_they_are_told() throws Exception {
        PlanTheme prevention = plans.current()
                .map(p -> plans.themesOf(p.getId()).stream()
                        .filter(t -> t.getName().equals("Crime Prevention"))
                        .findFirst()
                        .orElseThrow())
                .orElseThrow();
        String token =
                signUp("renamed.follower@example.org", "agendas", "false", "themes", "theme:" + prevention.getId());
        confirm(token);
        PlanTheme renamed = plans.describeTheme(
                prevention.getId(), prevention.getVersion(), "Preventing Crime", prevention.getWhatWeWillDo());
        try {
            plans.record(new PlanDecision.Details(
                    "MAIL/3",
                    "Youth diversion grants",
                    "Grants to divert young people from crime.",
                    "Police and Crime Commissioner",
                    prevention.getId(),
                    null,
                    false,
                    null,
                    null,
                    LocalDate.now(),
                    null,
                    null));
            MimeMessage decision = mailTo("renamed.follower@example.org", 2).stream()
                    .filter(m -> Inbox.subject(m).equals("Commissioner's decision: Youth diversion grants"))
                    .findFirst()
                    .orElseThrow();
            assertThat(Inbox.text(decision))
                    .contains("under the theme \u201cPreventing Crime\u201d")
                    .contains("you asked for updates about the theme Preventing Crime");
        } finally {
            plans.describeTheme(renamed.getId(), renamed.getVersion(), "Crime Prevention", renamed.getWhatWeWillDo());
        }
    }

    @Test
    void a_follower_of_any_theme_hears_of_an_agenda_that_carries_a_report_on_the_plan() throws Exception {
        long robust = plans.current()
                .map(p -> plans.themesOf(p.getId()).stream()
                        .filter(t -> t.getName().equals("Robust Enforcement"))
                        .findFirst()
                        .orElseThrow()
                        .getId())
                .orElseThrow();
        String token = signUp("plan.reader@example.org", "agendas", "false", "themes", "theme:" + robust);
        confirm(token);
        long meetingId = aMeeting()
                .on(LocalDate.now().plusWeeks(11))
                .plannedWith(meetings)
                .getId();
        agendas.start(meetingId);
        agendas.publish(meetingId, agendas.agendaOf(meetingId).orElseThrow().getVersion(), null);
        Built.await(publications, meetingId);

        assertThat(mailTo("plan.reader@example.org", 2))
                .extracting(Inbox::subject)
                .anyMatch(s -> s.startsWith("Agenda published: "));
    }

    @Test
    void saved_words_bring_what_newly_matches_them_in_the_search_and_each_match_is_told_once() throws Exception {
        String token = signUp("keywords@example.org", "agendas", "false", "keywords", "speeding, drone patrols");
        confirm(token);
        String other = signUp("other.words@example.org", "agendas", "false", "keywords", "custody");
        confirm(other);

        recommend("Speeding on rural roads");
        recommend("Recruitment of special constables");
        searchIndex.refresh();
        savedSearches.sendDue();
        savedSearches.sendDue();
        recommend("Drone patrols over the fens");
        searchIndex.refresh();
        savedSearches.sendDue();

        List<MimeMessage> received = mailTo("keywords@example.org", 3);
        List<String> subjects = received.stream().map(Inbox::subject).toList();
        assertThat(subjects)
                .containsOnlyOnce("New for \u201cspeeding\u201d, \u201cdrone patrols\u201d: Speeding on rural roads")
                .containsOnlyOnce(
                        "New for \u201cspeeding\u201d, \u201cdrone patrols\u201d: Drone patrols over the fens");
        assertThat(subjects).noneMatch(s -> s.contains("special constables"));
        String first = received.stream()
                .filter(m -> Inbox.subject(m).endsWith("Speeding on rural roads"))
                .map(Inbox::text)
                .findFirst()
                .orElseThrow();
        assertThat(first).contains("/recommendations/").contains("/updates/unsubscribe/" + token);
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where recipients like '%other.words@example.org%'"
                                + " and subject like 'New for%'",
                        Integer.class))
                .isZero();
    }

    @Test
    void the_sign_up_form_says_what_to_fix_and_keeps_what_was_chosen() throws Exception {
        String page = mvc.perform(post("/updates/new")
                        .with(csrf())
                        .param("email", "nobody")
                        .param("minutes", "false")
                        .param("keywords", "a, b, c, d, e, f, g, h, i, j, k"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Enter an email address in the correct format")
                .contains("Enter 10 words or phrases or fewer")
                .contains("value=\"nobody\"");
        assertThat(HtmlChecker.errorsIn(page)).isEmpty();

        String nothingChosen = mvc.perform(post("/updates/new").with(csrf()).param("email", "nothing@example.org"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(nothingChosen).contains("Choose at least one thing to get email updates about");
    }

    @Test
    void a_link_for_a_stopped_or_expired_sign_up_says_so() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/updates/confirm/no-such-token")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("That link has expired");
    }

    @Test
    void sign_ups_never_confirmed_are_deleted_after_the_retention_period_and_confirmed_ones_stay() throws Exception {
        String stale = signUp("stale@example.org", "minutes", "true");
        String kept = signUp("kept@example.org", "minutes", "true");
        confirm(kept);
        String fresh = signUp("fresh@example.org", "minutes", "true");
        jdbc.update(
                "update subscription set created_at = now() - interval '8 days' where token in (?, ?)", stale, kept);

        subscriptions.eraseUnconfirmed();

        assertThat(subscriptions.byToken(stale)).isEmpty();
        Optional<Subscription> confirmed = subscriptions.byToken(kept);
        assertThat(confirmed).isPresent();
        assertThat(subscriptions.byToken(fresh)).as("still within the period").isPresent();
        assertThat(jdbc.queryForList(
                        "select column_name from information_schema.columns where table_name = 'subscription_aud'",
                        String.class))
                .doesNotContain("email", "token");
    }
}
