package org.scrutiny.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.scrutiny.accounts.Role;
import org.scrutiny.accounts.domain.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A council's deployment: a PostgreSQL reached through SPRING_DATASOURCE_URL, no demo data, and
 * the first administrator from environment variables. The "external" server here is a separate
 * embedded PostgreSQL started by the test, so the URL path is exercised for real.
 */
@SpringBootTest(
        properties = {
            "scrutiny.admin.email=first.admin@council.example",
            "scrutiny.admin.password=a long first passphrase",
            "scrutiny.admin.name=First Administrator"
        })
@ActiveProfiles("test")
@AutoConfigureMockMvc
class ExternalDatabaseTest {

    private static final EmbeddedPostgres SERVER = start();

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> SERVER.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @AfterAll
    static void stop() throws IOException {
        SERVER.close();
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService users;

    @Autowired
    MockMvc mvc;

    @Test
    void no_embedded_server_is_started_when_a_datasource_url_is_given() {
        assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        assertThat(jdbc.queryForObject("select inet_server_port()", Integer.class))
                .isEqualTo(SERVER.getPort());
    }

    @Test
    void flyway_creates_the_schema_and_no_demo_data_is_loaded() {
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from panel", Integer.class))
                .isZero();
    }

    @Test
    void the_first_administrator_comes_from_the_environment_and_can_sign_in() throws Exception {
        var admin = users.byEmail("first.admin@council.example").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(users.all().size()).isEqualTo(1);

        String target = mvc.perform(post("/login")
                        .param("email", "first.admin@council.example")
                        .param("password", "a long first passphrase")
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(target).isEqualTo("/account");
    }

    @Test
    void the_public_site_works_before_the_panel_is_configured() throws Exception {
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/meetings")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }
}
