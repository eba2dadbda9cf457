package org.scrutiny.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured, so that a
 * newcomer needs nothing installed. A council's deployment sets {@code SPRING_DATASOURCE_URL}
 * and this configuration steps aside.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlConfigured.class)
class EmbeddedPostgresConfiguration {

    /**
     * The server {@link EmbeddedPostgresStart} began starting when the context was created, or,
     * without it, one started now. It is stopped when the context closes, after everything that
     * uses it.
     */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(ObjectProvider<EmbeddedPostgresStart.Starting> early, Environment environment)
            throws IOException {
        EmbeddedPostgresStart.Starting starting = early.getIfAvailable();
        return starting != null ? starting.take() : EmbeddedPostgresStart.start(environment);
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
