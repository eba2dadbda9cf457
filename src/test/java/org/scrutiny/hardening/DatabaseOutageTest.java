package org.scrutiny.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scrutiny.ScrutinyApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database stops while the application runs: pages answer with a 503 page that says the
 * service is unavailable and that what was sent was not saved; when the database is back, the
 * application serves again by itself, without a restart.
 */
class DatabaseOutageTest {

    private static Path dataDirectory;
    private static int port;
    private static EmbeddedPostgres database;
    private static ConfigurableApplicationContext application;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @BeforeAll
    static void start() throws IOException {
        dataDirectory = Files.createTempDirectory("scrutiny-outage");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        database = startDatabase();
        application = new SpringApplicationBuilder(ScrutinyApplication.class)
                .profiles("test", "demo")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--spring.datasource.hikari.connection-timeout=2000",
                        "--scrutiny.publications.poll-interval=PT1H");
    }

    private static EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (application != null) {
            application.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        String base = "http://127.0.0.1:" + application.getEnvironment().getProperty("local.server.port");
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void without_its_database_the_site_says_it_is_unavailable_and_recovers_by_itself_when_it_is_back()
            throws Exception {
        assertThat(get("/meetings").statusCode()).isEqualTo(200);
        HttpResponse<String> form = get("/questions/new");
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(form.body());
        assertThat(csrf.find()).isTrue();

        database.close();
        String base = "http://127.0.0.1:" + application.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> sent = http.send(
                HttpRequest.newBuilder(URI.create(base + "/questions/new"))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf="
                                + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8)
                                + "&name=Jo&email=jo%40example.org&text=A+question"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode())
                .as("a form sent with a session while the database is away")
                .isEqualTo(503);
        assertThat(sent.body()).contains("what you sent has not been saved");
        for (String page : new String[] {"/meetings", "/meetings/4", "/questions/new", "/recommendations"}) {
            HttpResponse<String> unavailable = get(page);
            assertThat(unavailable.statusCode()).as(page).isEqualTo(503);
            assertThat(unavailable.headers().firstValue("Retry-After")).contains("60");
            assertThat(unavailable.body())
                    .contains("Sorry, the service is unavailable")
                    .contains("what you sent has not been saved")
                    .doesNotContain("Exception");
        }

        database = startDatabase();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status;
        do {
            status = get("/meetings").statusCode();
        } while (status != 200 && System.nanoTime() < deadline);
        assertThat(status).as("back by itself").isEqualTo(200);
        assertThat(get("/meetings/4").body()).contains("23 March 2022");
    }
}
