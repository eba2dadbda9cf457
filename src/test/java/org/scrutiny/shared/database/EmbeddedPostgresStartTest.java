package org.scrutiny.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedPostgresStartTest {

    @TempDir
    Path directory;

    private AnnotationConfigApplicationContext contextOn(Path folder) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test", Map.of("scrutiny.embedded-database.directory", folder.toString())));
        new EmbeddedPostgresStart().initialize(context);
        return context;
    }

    private boolean running(Path folder) {
        return Files.exists(folder.resolve("postmaster.pid"));
    }

    @Test
    void the_server_started_with_the_context_serves_its_data_source_and_stops_when_the_context_closes() {
        try (AnnotationConfigApplicationContext context = contextOn(directory)) {
            context.register(EmbeddedPostgresConfiguration.class);
            context.refresh();
            Integer one = new JdbcTemplate(context.getBean(DataSource.class)).queryForObject("select 1", Integer.class);
            assertThat(one).isEqualTo(1);
            assertThat(running(directory)).isTrue();
        }
        assertThat(running(directory)).isFalse();
    }

    private void awaitRunning(Path folder) throws InterruptedException {
        for (int waited = 0; !running(folder) && waited < 300; waited++) {
            Thread.sleep(100);
        }
        assertThat(running(folder)).isTrue();
    }

    @Test
    void a_refresh_that_fails_before_any_bean_takes_the_server_leaves_no_postgres_behind() throws Exception {
        AnnotationConfigApplicationContext context = contextOn(directory);
        awaitRunning(directory);
        context.registerBean("failing", Object.class, () -> {
            throw new IllegalStateException("another bean fails first");
        });
        assertThatThrownBy(context::refresh).hasRootCauseMessage("another bean fails first");
        assertThat(running(directory)).isFalse();
    }

    @Test
    void a_start_that_fails_before_the_refresh_leaves_no_postgres_behind() {
        SpringApplication application = new SpringApplication(Object.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.addInitializers(new EmbeddedPostgresStart(), context -> {
            try {
                awaitRunning(directory);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("a later initializer fails");
        });
        assertThatThrownBy(() -> application.run("--scrutiny.embedded-database.directory=" + directory))
                .hasMessage("a later initializer fails");
        assertThat(running(directory)).isFalse();
    }

    @Test
    void with_a_database_address_configured_nothing_is_started() {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test",
                        Map.of(
                                "spring.datasource.url",
                                "jdbc:postgresql://db.example.org/scrutiny",
                                "scrutiny.embedded-database.directory",
                                directory.toString())));
        new EmbeddedPostgresStart().initialize(context);
        assertThat(context.getBeanFactory().containsSingleton(EmbeddedPostgresStart.BEAN))
                .isFalse();
        context.close();
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void a_folder_held_by_a_running_postgres_fails_the_start_with_the_reason() throws Exception {
        try (EmbeddedPostgres held = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        .start();
                AnnotationConfigApplicationContext context = contextOn(directory)) {
            context.register(EmbeddedPostgresConfiguration.class);
            assertThatThrownBy(context::refresh)
                    .isInstanceOf(BeanCreationException.class)
                    .hasRootCauseInstanceOf(EmbeddedDatabaseInUse.class);
            assertThat(held.getJdbcUrl("postgres", "postgres")).isNotBlank();
        }
    }
}
