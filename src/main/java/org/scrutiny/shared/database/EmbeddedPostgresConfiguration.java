package org.scrutiny.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured, so that a
 * newcomer needs nothing installed. A council's deployment sets {@code SPRING_DATASOURCE_URL}
 * and this configuration steps aside.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlConfigured.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${scrutiny.embedded-database.directory:./data/pg}") String directory,
            @Value("${scrutiny.embedded-database.port:0}") int port)
            throws IOException {
        Path dataDirectory = Path.of(directory).toAbsolutePath();
        Files.createDirectories(dataDirectory);
        boolean fresh = !Files.exists(dataDirectory.resolve("PG_VERSION"));
        EmbeddedDatabaseInUse.refuseIfHeld(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // Stopped when the application context closes, after everything that uses it. A
                // hook of its own would stop it at the same time as the context's, under the feet
                // of jobs still finishing (and the context would then wait for them in vain).
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "50");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info(
                "Embedded PostgreSQL {} in {} on port {}",
                fresh ? "created" : "reopened",
                dataDirectory,
                postgres.getPort());
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        // zonky's own DataSource opens a connection per request; a Hikari pool in front is far faster.
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        pool.setMaximumPoolSize(10);
        pool.setPoolName("embedded-postgres");
        return pool;
    }
}
