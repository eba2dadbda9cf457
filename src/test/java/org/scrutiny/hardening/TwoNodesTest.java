package org.scrutiny.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scrutiny.ScrutinyApplication;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.meetings.domain.Venue;
import org.scrutiny.papers.domain.PublicationService;
import org.scrutiny.recommendations.domain.ResponseReminders;
import org.scrutiny.shared.mail.MailWorker;
import org.scrutiny.shared.mail.Mailbox;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer: each a whole application
 * on a port of its own. A session made on one is valid on the other; background work that both
 * nodes try at the same moment (building agenda documents, queuing reminders, sending email) is
 * done once. The nodes' own timers are set far apart so that the test decides when each job runs.
 */
class TwoNodesTest {

    /**
     * A port of its own: every other test context in this JVM sends its outbox to the shared test
     * port, with Message-IDs made from its own database's ids, which would collide with these.
     */
    private static final int MAIL_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension mail =
            new GreenMailExtension(new ServerSetup(MAIL_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static EmbeddedPostgres database;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @BeforeAll
    static void startTwoNodes() throws IOException {
        database = EmbeddedPostgres.builder().start();
        // The first node loads the demo panel; the second finds it in the database.
        first = node("test", "demo");
        second = node("test");
    }

    private static ConfigurableApplicationContext node(String... profiles) {
        return new SpringApplicationBuilder(ScrutinyApplication.class)
                .profiles(profiles)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--spring.mail.port=" + MAIL_PORT,
                        "--scrutiny.publications.poll-interval=PT1H",
                        "--scrutiny.mail.poll-interval=PT1H",
                        "--scrutiny.updates.poll-interval=PT1H");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {second, first}) {
            if (node != null) {
                node.close();
            }
        }
        database.close();
    }

    private static String url(ConfigurableApplicationContext node, String path) {
        return "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port") + path;
    }

    private static String sessionCookie(HttpResponse<?> response, String otherwise) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SCRUTINY_SESSION="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst()
                .orElse(otherwise);
    }

    @Test
    void a_session_made_on_one_node_is_valid_on_the_other() throws Exception {
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(URI.create(url(first, "/login"))).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(form, null);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(cookie).isNotNull();
        assertThat(csrf.find()).isTrue();

        String credentials = "email=" + URLEncoder.encode("secretariat@demo.scrutiny.test", StandardCharsets.UTF_8)
                + "&password=scrutiny-demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(url(first, "/login")))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(credentials))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        cookie = sessionCookie(signedIn, cookie);

        HttpResponse<String> onTheOther = http.send(
                HttpRequest.newBuilder(URI.create(url(second, "/manage")))
                        .header("Cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(onTheOther.statusCode()).isEqualTo(200);
        assertThat(onTheOther.body()).contains("Sign out").contains("Manage the panel");

        HttpResponse<String> without = http.send(
                HttpRequest.newBuilder(URI.create(url(second, "/manage"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(without.statusCode())
                .as("and it is the session that does it")
                .isEqualTo(302);
    }

    @Test
    void documents_waiting_to_be_built_are_each_built_once_by_whichever_node_claims_them() throws Exception {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        int waiting = jdbc.queryForObject("select count(*) from publication where status = 'QUEUED'", Integer.class);
        assertThat(waiting).as("the demo panel's agendas wait to be built").isPositive();

        List<Integer> builtByEachNode = bothAtOnce(node -> () -> {
            PublicationService publications = node.getBean(PublicationService.class);
            int built = 0;
            while (publications.buildNext()) {
                built++;
            }
            return built;
        });

        assertThat(builtByEachNode.stream().mapToInt(Integer::intValue).sum()).isEqualTo(waiting);
        assertThat(jdbc.queryForObject("select count(*) from publication where status <> 'READY'", Integer.class))
                .isZero();
    }

    @Test
    void reminders_queued_by_both_nodes_at_once_and_email_sent_by_both_go_out_once() throws Exception {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        // Reminders for the demo panel's outstanding recommendations, on the day after the first is due.
        LocalDate later = jdbc.queryForObject(
                        "select min(response_due) from recommendation where response_received is null", LocalDate.class)
                .plusDays(1);
        List<Integer> queued =
                bothAtOnce(node -> () -> node.getBean(ResponseReminders.class).send(later));
        int reminders = queued.stream().mapToInt(Integer::intValue).sum();
        assertThat(reminders).as("some reminders are due").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from recommendation_reminder", Integer.class))
                .isEqualTo(reminders);

        Mailbox mailbox = first.getBean(Mailbox.class);
        first.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            for (int i = 0; i < 20; i++) {
                mailbox.queue("two-nodes-" + i, List.of("reader@example.org"), "Message " + i, "Body " + i, null);
            }
        });
        int due = jdbc.queryForObject("select count(*) from mail_outbox where status = 'QUEUED'", Integer.class);
        List<Integer> sent = bothAtOnce(node -> () -> {
            MailWorker worker = node.getBean(MailWorker.class);
            int total = 0;
            for (int n; (n = worker.sendDue()) > 0; ) {
                total += n;
            }
            return total;
        });

        assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isEqualTo(due);
        assertThat(mail.waitForIncomingEmail(30_000, due)).isTrue();
        // GreenMail keeps one copy per recipient: a message sent once has as many copies as recipients.
        Map<String, List<MimeMessage>> copies = new HashMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            copies.computeIfAbsent(message.getMessageID(), id -> new ArrayList<>())
                    .add(message);
        }
        assertThat(copies).as("each message sent once").hasSize(due);
        for (List<MimeMessage> sameMessage : copies.values()) {
            assertThat(sameMessage).hasSize(sameMessage.get(0).getAllRecipients().length);
        }
        assertThat(copies.values().stream().map(c -> subject(c.get(0))).filter(s -> s.startsWith("Message ")))
                .hasSize(20);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Job {
        Callable<Integer> on(ConfigurableApplicationContext node);
    }

    /** Runs the job on both nodes at the same moment; what each returned. */
    private static List<Integer> bothAtOnce(Job job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> running = new ArrayList<>();
            running.add(pool.submit(job.on(first)));
            running.add(pool.submit(job.on(second)));
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> result : running) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void a_change_made_on_one_node_changes_the_validator_and_the_kept_page_on_both_as_it_commits() throws Exception {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        long meeting = jdbc.queryForObject(
                "select id from meeting where meeting_date = '2022-03-23' and status <> 'CANCELLED'", Long.class);
        String page = "/meetings/" + meeting;
        // Each node renders the page once and keeps it.
        http.send(HttpRequest.newBuilder(URI.create(url(first, page))).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> before = http.send(
                HttpRequest.newBuilder(URI.create(url(second, page))).build(), HttpResponse.BodyHandlers.ofString());
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(before.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("public, no-cache");
        HttpResponse<String> again = http.send(
                HttpRequest.newBuilder(URI.create(url(first, page)))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode())
                .as("the other node knows the page has not changed (unless the minute turned)")
                .isIn(304, 200);

        MeetingService meetings = first.getBean(MeetingService.class);
        Venue venue = meetings.get(meeting).getVenue();
        meetings.describeVenue(
                venue.getId(),
                venue.getVersion(),
                new Venue.Details(
                        "Renamed on the first node", venue.getAddress(), venue.getTown(), venue.getPostcode()));

        long changed = System.nanoTime();
        HttpResponse<String> here = http.send(
                HttpRequest.newBuilder(URI.create(url(first, page))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(here.body())
                .as("the node that made the change knows of it before the change returns")
                .contains("Renamed on the first node");
        // The other node hears of the change by a notification sent as it commits.
        HttpResponse<String> there;
        do {
            there = http.send(
                    HttpRequest.newBuilder(URI.create(url(second, page))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } while (!there.body().contains("Renamed on the first node")
                && System.nanoTime() - changed < Duration.ofSeconds(2).toNanos());
        Duration heard = Duration.ofNanos(System.nanoTime() - changed);
        assertThat(there.body())
                .as("the other node stops sending the page it kept before the change")
                .contains("Renamed on the first node");
        assertThat(heard).as("the other node heard of the change").isLessThan(Duration.ofMillis(500));
        System.out.printf("The second node showed the change after %d µs%n", heard.toNanos() / 1_000);

        for (ConfigurableApplicationContext node : List.of(first, second)) {
            HttpResponse<String> after = http.send(
                    HttpRequest.newBuilder(URI.create(url(node, page)))
                            .header("If-None-Match", etag)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
            assertThat(after.body()).contains("Renamed on the first node");
        }
    }
}
