package org.scrutiny.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the application context is
 * created, when no {@code spring.datasource.url} is configured: creating or reopening it (a second
 * and a half on a very first start) then overlaps the reading of the configuration, instead of
 * coming after it. {@link EmbeddedPostgresConfiguration} takes the server when the first bean needs
 * the database, and stops it when the context closes, after every bean that uses it. If the start
 * fails before that, the server is stopped with the context, so that no PostgreSQL is left behind.
 *
 * <p>{@code ScrutinyApplication.main} adds it. Test contexts do not run {@code main} (and some, the
 * slices of the web layer, need no database at all), so there the bean starts the server itself.
 */
public class EmbeddedPostgresStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN = "embeddedPostgresStart";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresStart.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !(context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry)) {
            return;
        }
        Starting starting = new Starting(directory(environment), port(environment));
        registry.registerSingleton(BEAN, starting);
        // Stopped with the context's beans if its refresh fails, and on a failure before it.
        registry.registerDisposableBean(BEAN, starting);
        context.addApplicationListener(event -> {
            if (event instanceof ApplicationFailedEvent) {
                starting.destroy();
            }
        });
    }

    /** The server being started, stopped with the context unless a bean took it first. */
    static final class Starting implements DisposableBean {

        private final CompletableFuture<EmbeddedPostgres> server;
        private final AtomicBoolean handedOver = new AtomicBoolean();

        private Starting(Path directory, int port) {
            server = new CompletableFuture<>();
            Thread thread = new Thread(
                    () -> {
                        try {
                            server.complete(start(directory, port));
                        } catch (Throwable failure) {
                            server.completeExceptionally(failure);
                        }
                    },
                    "embedded-postgres-start");
            thread.setDaemon(true);
            thread.start();
        }

        /** Waits for the server and hands it over, or throws what stopped it from starting. */
        EmbeddedPostgres take() throws IOException {
            try {
                EmbeddedPostgres started = server.get();
                if (!handedOver.compareAndSet(false, true)) {
                    throw new IllegalStateException("The embedded PostgreSQL was already stopped or taken");
                }
                return started;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the embedded PostgreSQL was starting", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(cause);
            }
        }

        @Override
        public void destroy() {
            EmbeddedPostgres started;
            try {
                started = server.join();
            } catch (RuntimeException failed) {
                return;
            }
            if (handedOver.compareAndSet(false, true)) {
                try {
                    started.close();
                } catch (IOException e) {
                    log.warn("The embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
                }
            }
        }
    }

    /** Starts the server now, in the calling thread, where the environment says. */
    static EmbeddedPostgres start(Environment environment) throws IOException {
        return start(directory(environment), port(environment));
    }

    /** The folder of the embedded database: {@code scrutiny.embedded-database.directory}. */
    private static Path directory(Environment environment) {
        return Path.of(environment.getProperty("scrutiny.embedded-database.directory", "./data/pg"))
                .toAbsolutePath();
    }

    /** Its port, {@code scrutiny.embedded-database.port}; 0 lets it choose a free one. */
    private static int port(Environment environment) {
        return environment.getProperty("scrutiny.embedded-database.port", Integer.class, 0);
    }

    private static EmbeddedPostgres start(Path directory, int port) throws IOException {
        Files.createDirectories(directory);
        boolean fresh = !Files.exists(directory.resolve("PG_VERSION"));
        EmbeddedDatabaseInUse.refuseIfHeld(directory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
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
                directory,
                postgres.getPort());
        return postgres;
    }
}
