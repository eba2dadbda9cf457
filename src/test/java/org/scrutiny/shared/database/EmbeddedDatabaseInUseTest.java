package org.scrutiny.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

class EmbeddedDatabaseInUseTest {

    @TempDir
    Path directory;

    @Test
    void a_folder_held_by_a_running_postgres_is_refused_with_what_to_do_and_freed_once_it_stops() throws Exception {
        try (EmbeddedPostgres running = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .start()) {
            long pid = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid"))
                    .get(0)
                    .strip());
            assertThatThrownBy(() -> EmbeddedDatabaseInUse.refuseIfHeld(directory))
                    .isInstanceOfSatisfying(EmbeddedDatabaseInUse.class, failure -> {
                        FailureAnalysis analysis = new EmbeddedDatabaseInUse.Analyzer().analyze(failure);
                        assertThat(analysis.getDescription())
                                .contains(directory.toString())
                                .contains("process " + pid);
                        assertThat(analysis.getAction()).contains("kill " + pid);
                    });
        }
        assertThatNoException().isThrownBy(() -> EmbeddedDatabaseInUse.refuseIfHeld(directory));
    }

    @Test
    void a_lock_left_by_a_process_gone_or_not_postgres_is_left_to_postgres() throws Exception {
        assertThatNoException().isThrownBy(() -> EmbeddedDatabaseInUse.refuseIfHeld(directory));
        // This JVM is running, but it is no PostgreSQL.
        Files.writeString(
                directory.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + directory);
        assertThatNoException().isThrownBy(() -> EmbeddedDatabaseInUse.refuseIfHeld(directory));
        Files.writeString(directory.resolve("postmaster.pid"), "not a number\n");
        assertThatNoException().isThrownBy(() -> EmbeddedDatabaseInUse.refuseIfHeld(directory));
    }
}
