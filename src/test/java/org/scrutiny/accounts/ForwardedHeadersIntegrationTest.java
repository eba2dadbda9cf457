package org.scrutiny.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Over real HTTP, through the server's own handling of X-Forwarded-* headers: with no proxy
 * configured as trusted, nobody's headers change the client's address or the host of a redirect.
 */
@ScrutinyTest
class ForwardedHeadersIntegrationTest {

    private static final String FORGED_ADDRESS = "198.51.100.250";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private HttpRequest.Builder forged(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-For", FORGED_ADDRESS)
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https");
    }

    private String csrfToken(String path) throws Exception {
        String form = client.send(forged(path).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        return URLEncoder.encode(
                form.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1"), StandardCharsets.UTF_8);
    }

    private HttpResponse<Void> post(String path, String body) throws Exception {
        return client.send(
                forged(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private int rowsFor(String table, String column, String value) {
        return jdbc.queryForObject(
                "select count(*) from " + table + " where " + column + " like ?", Integer.class, "%" + value + "%");
    }

    @Test
    void a_failed_sign_in_counts_against_the_real_address_not_a_forged_one() throws Exception {
        String token = csrfToken("/login");
        HttpResponse<Void> failed = post("/login", "email=nobody%40example.org&password=a+wrong+guess&_csrf=" + token);

        assertThat(failed.statusCode()).isEqualTo(302);
        assertThat(rowsFor("login_throttle", "principal", FORGED_ADDRESS)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from login_throttle where principal in ('address:127.0.0.1', 'address:0:0:0:0:0:0:0:1')",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void the_public_form_limit_counts_the_real_address_not_a_forged_one() throws Exception {
        String token = csrfToken("/updates/new");
        post("/updates/new", "email=&website=&_csrf=" + token);

        assertThat(rowsFor("submission_limit", "limit_key", FORGED_ADDRESS)).isZero();
        assertThat(rowsFor("submission_limit", "limit_key", "updates:address:127.0.0.1")
                        + rowsFor("submission_limit", "limit_key", "updates:address:0:0:0:0:0:0:0:1"))
                .isEqualTo(1);
    }

    @Test
    void a_redirect_never_goes_to_a_host_named_in_a_forged_header() throws Exception {
        HttpResponse<Void> redirect = client.send(forged("/manage").build(), HttpResponse.BodyHandlers.discarding());

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow())
                .doesNotContain("evil.example")
                .doesNotStartWith("https:")
                .contains("/login");
    }
}
