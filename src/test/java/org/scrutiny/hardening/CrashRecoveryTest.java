package org.scrutiny.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scrutiny.ScrutinyApplication;
import org.scrutiny.support.StallingSmtp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The application killed outright (SIGKILL, no clean stop) in the middle of building an agenda pack
 * and in the middle of sending a batch of email, each time in a process of its own on one
 * PostgreSQL: once it is started again the pack is built, once, and every email is delivered
 * exactly once.
 */
class CrashRecoveryTest {

    private static final String WATCHED = "Crash test ";
    private static EmbeddedPostgres database;
    private static StallingSmtp smtp;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void start() throws IOException {
        database = EmbeddedPostgres.builder().start();
        jdbc = new JdbcTemplate(new DriverManagerDataSource(database.getJdbcUrl("postgres", "postgres")));
        smtp = new StallingSmtp(subject -> subject.startsWith(WATCHED));
    }

    @AfterAll
    static void stop() throws IOException {
        smtp.close();
        database.close();
    }

    /** One node of the application, in a JVM of its own, so that it can be killed as a crash would. */
    private static final class Node implements AutoCloseable {
        final Process process;
        final int port;

        Node(String name) throws IOException {
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(
                    java,
                    "-Xmx384m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    ScrutinyApplication.class.getName(),
                    "--spring.profiles.active=demo",
                    "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres",
                    "--server.port=" + port,
                    "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + smtp.port(),
                    "--scrutiny.mail.poll-interval=PT0.5S",
                    "--scrutiny.publications.poll-interval=PT0.2S",
                    "--scrutiny.publications.abandoned-after=PT3S",
                    "--logging.level.root=warn"));
            File log = Path.of("target", "crash-" + name + ".log").toFile();
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log)
                    .start();
            waitFor(Duration.ofSeconds(150), "node " + name + " to answer", this::answers);
        }

        boolean answers() {
            if (!process.isAlive()) {
                throw new IllegalStateException("The node stopped; see target/crash-*.log");
            }
            try {
                return HttpClient.newHttpClient()
                                .send(
                                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                                                .timeout(Duration.ofSeconds(5))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        /** SIGKILL: no shutdown hook, no transaction committed or rolled back by the application. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        @Override
        public void close() throws InterruptedException {
            kill();
        }
    }

    private static void waitFor(Duration most, String what, Supplier<Boolean> done) {
        long end = System.nanoTime() + most.toNanos();
        while (!done.get()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Gave up waiting for " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String statusOf(long publication) {
        return jdbc.queryForObject("select status from publication where id = ?", String.class, publication);
    }

    @Test
    void a_pack_being_built_and_email_being_sent_when_the_node_dies_are_finished_once_after_a_restart()
            throws Exception {
        long meeting;
        long publication;
        try (Node first = new Node("first")) {
            waitFor(
                    Duration.ofSeconds(60),
                    "the demo panel to be loaded",
                    () -> jdbc.queryForObject("select count(*) from publication", Long.class) > 0);
            meeting = jdbc.queryForObject(
                    "select id from meeting where meeting_date = ? and status <> 'CANCELLED' order by id limit 1",
                    Long.class,
                    LocalDate.of(2022, 3, 23));
            waitFor(
                    Duration.ofSeconds(60),
                    "the demo's own versions to be built",
                    () -> jdbc.queryForObject(
                                    "select count(*) from publication where status in ('QUEUED', 'BUILDING')",
                                    Long.class)
                            == 0);
            publication = jdbc.queryForObject(
                    """
                    insert into publication (meeting_id, number, published_at, change_note, status)
                    select ?, max(number) + 1, ?, 'Crash test', 'QUEUED' from publication where meeting_id = ?
                    returning id
                    """,
                    Long.class,
                    meeting,
                    Timestamp.from(Instant.now()),
                    meeting);
            long id = publication;
            waitFor(Duration.ofSeconds(30), "the build to start", () -> "BUILDING".equals(statusOf(id)));
            first.kill();
        }
        assertThat(statusOf(publication))
                .as("the node died in the middle of the build")
                .isEqualTo("BUILDING");
        assertThat(jdbc.queryForObject(
                        "select count(*) from published_document where publication_id = ?", Long.class, publication))
                .isZero();

        try (Node second = new Node("second")) {
            long id = publication;
            waitFor(Duration.ofSeconds(60), "the abandoned build to be taken up", () -> "READY".equals(statusOf(id)));
            assertThat(jdbc.queryForList(
                            "select kind from published_document where publication_id = ? order by kind",
                            String.class,
                            publication))
                    .as("the version's documents, each built once")
                    .containsExactly("AGENDA", "PACK");

            smtp.stallAfter(4);
            for (int n = 1; n <= 10; n++) {
                jdbc.update(
                        """
                        insert into mail_outbox (dedupe_key, recipients, subject, body, status, next_attempt_at, created_at)
                        values (?, 'resident@example.org', ?, 'A message sent in a batch.', 'QUEUED', now(), now())
                        """,
                        "crash-test-" + n,
                        WATCHED + n);
            }
            assertThat(smtp.awaitStall(60))
                    .as("the node is sending the fifth message")
                    .isTrue();
            second.kill();
        }
        smtp.acceptAll();

        try (Node third = new Node("third")) {
            waitFor(
                    Duration.ofSeconds(60),
                    "every message to be sent",
                    () -> jdbc.queryForObject(
                                    "select count(*) from mail_outbox where dedupe_key like 'crash-test-%' and status = 'SENT'",
                                    Long.class)
                            == 10);
        }
        Map<String, Long> deliveries = smtp.delivered().stream()
                .filter(d -> d.subject().startsWith(WATCHED))
                .collect(Collectors.groupingBy(StallingSmtp.Delivered::subject, Collectors.counting()));
        assertThat(deliveries)
                .as("each message delivered exactly once")
                .isEqualTo(IntStream.rangeClosed(1, 10)
                        .mapToObj(n -> WATCHED + n)
                        .collect(Collectors.toMap(Function.identity(), n -> 1L)));
        assertThat(smtp.delivered().stream()
                        .filter(d -> d.subject().startsWith(WATCHED))
                        .map(StallingSmtp.Delivered::messageId)
                        .distinct()
                        .count())
                .as("each with a Message-ID of its own")
                .isEqualTo(10);
    }
}
