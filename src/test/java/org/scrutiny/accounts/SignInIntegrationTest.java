package org.scrutiny.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.scrutiny.accounts.domain.AccountService;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ScrutinyTest
class SignInIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MockHttpServletResponse signIn(String email, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                        .param("email", email)
                        .param("password", password)
                        .with(csrf())
                        .with(from(address)))
                .andReturn()
                .getResponse();
    }

    @Test
    void the_right_password_signs_in_and_a_wrong_one_says_so() throws Exception {
        accounts.create("clerk@example.org", "Clerk", "a long enough passphrase", Role.SECRETARIAT);

        assertThat(signIn("clerk@example.org", "wrong password here", "10.1.0.1")
                        .getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(signIn("CLERK@example.org", "a long enough passphrase", "10.1.0.1")
                        .getRedirectedUrl())
                .isEqualTo("/account");
    }

    @Test
    void repeated_failures_lock_the_account_even_with_the_right_password() throws Exception {
        accounts.create("target@example.org", "Target", "the real passphrase", Role.MEMBER);
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn("target@example.org", "guess number " + attempt, "10.2.0." + attempt);
        }

        assertThat(signIn("target@example.org", "the real passphrase", "10.2.0.99")
                        .getRedirectedUrl())
                .isEqualTo("/login?locked");
        String page =
                mvc.perform(get("/login?locked")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("too many failed attempts");
    }

    @Test
    void many_failures_from_one_address_lock_that_address_out_but_a_shared_office_is_not_locked_by_a_few()
            throws Exception {
        accounts.create("victim@example.org", "Victim", "another real passphrase", Role.MEMBER);
        // The test profile allows ten failures per address (the default is fifty).
        for (int attempt = 1; attempt <= 9; attempt++) {
            signIn("nobody" + attempt + "@example.org", "guess", "10.3.0.1");
        }
        assertThat(signIn("victim@example.org", "another real passphrase", "10.3.0.1")
                        .getRedirectedUrl())
                .isEqualTo("/account");
        for (int attempt = 1; attempt <= 10; attempt++) {
            signIn("nobody" + attempt + "@example.org", "guess", "10.3.0.1");
        }

        assertThat(signIn("victim@example.org", "another real passphrase", "10.3.0.1")
                        .getRedirectedUrl())
                .isEqualTo("/login?locked");
        assertThat(signIn("victim@example.org", "another real passphrase", "10.3.0.2")
                        .getRedirectedUrl())
                .isEqualTo("/account");
    }

    @Test
    void signing_in_gives_a_new_session_id() throws Exception {
        accounts.create("fixation@example.org", "Fixation", "passphrase for fixation", Role.OPCC);
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://127.0.0.1:" + port;

        String form = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String before = sessionCookie(cookies);
        String token = form.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        var response = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "email=fixation%40example.org&password=passphrase+for+fixation&_csrf="
                                        + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/account");
        assertThat(before).isNotNull();
        assertThat(sessionCookie(cookies)).isNotNull().isNotEqualTo(before);
        Integer stored = jdbc.queryForObject(
                "select count(*) from spring_session where principal_name = 'fixation@example.org'", Integer.class);
        assertThat(stored)
                .as("the session is kept in the database, for every node to see")
                .isEqualTo(1);
    }

    private static String sessionCookie(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SCRUTINY_SESSION"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        var account = accounts.create("hash@example.org", "Hash", "passphrase to be hashed", Role.MEMBER);
        assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("passphrase");
    }

    @Test
    void a_short_password_is_refused() {
        Assertions.assertThatThrownBy(() -> accounts.create("short@example.org", "Short", "tooshort", Role.MEMBER))
                .hasMessageContaining("at least 12 characters");
    }
}
