package org.scrutiny.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutiny.shared.database.Backup;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A backup of the demo panel restored into an empty database holds every meeting, paper, minute and
 * audit row, byte for byte, and its ids go on where they stopped.
 */
@ScrutinyTest
class BackupRestoreTest {

    @Autowired
    EmbeddedPostgres server;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path folder;

    private String urlOf(String database) {
        return server.getJdbcUrl("postgres", database);
    }

    private JdbcTemplate emptyDatabase(String name) {
        new JdbcTemplate(dataSource).execute("create database " + name);
        return new JdbcTemplate(new DriverManagerDataSource(urlOf(name), "postgres", "postgres"));
    }

    private static String fingerprint(JdbcTemplate jdbc, String table, String upTo) {
        return jdbc.queryForObject(
                "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from " + table
                        + " t where " + upTo,
                String.class);
    }

    /**
     * The rows as of the backup: the suite's database goes on living (a background build or a
     * reminder may add rows after it), so rows added since are left out by id or revision.
     */
    private static String asBackedUp(JdbcTemplate restored, String table) {
        String key = table.endsWith("_aud") ? "rev" : table.equals("paper_file_content") ? "paper_file_id" : "id";
        Long last = restored.queryForObject("select coalesce(max(" + key + "), 0) from " + table, Long.class);
        return key + " <= " + last;
    }

    @Test
    void a_restored_backup_holds_every_record_and_file_and_its_audit_trail() throws Exception {
        Path file = folder.resolve("scrutiny.zip");
        Map<String, Long> backedUp;
        try (Connection source = dataSource.getConnection()) {
            backedUp = Backup.backUp(source, file);
        }
        JdbcTemplate restored = emptyDatabase("restored_demo");
        Map<String, Long> loaded;
        try (Connection target = DriverManager.getConnection(urlOf("restored_demo"), "postgres", "postgres")) {
            loaded = Backup.restore(target, file, urlOf("restored_demo"), "postgres", "postgres");
        }

        assertThat(loaded).isEqualTo(backedUp);
        JdbcTemplate original = new JdbcTemplate(dataSource);
        for (String table : List.of(
                "meeting",
                "agenda_item",
                "report",
                "paper_file_content",
                "published_document",
                "minute",
                "attendee",
                "recommendation",
                "audit_revision",
                "meeting_aud",
                "minute_aud",
                "person")) {
            String upTo = asBackedUp(restored, table);
            assertThat(fingerprint(restored, table, upTo)).as(table).isEqualTo(fingerprint(original, table, upTo));
        }
        assertThat(restored.queryForObject("select count(*) from meeting", Long.class))
                .isGreaterThanOrEqualTo(18);
        assertThat(restored.queryForObject("select count(*) from paper_file_content", Long.class))
                .isPositive();
        assertThat(restored.queryForObject("select count(*) from audit_revision", Long.class))
                .isPositive();
        assertThat(restored.queryForObject("select max(version) from flyway_schema_history", String.class))
                .isEqualTo(original.queryForObject("select max(version) from flyway_schema_history", String.class));
        long nextMeeting = restored.queryForObject(
                "insert into venue (name, address, town, version) values ('After the restore', 'High Street', 'March', 0)"
                        + " returning id",
                Long.class);
        assertThat(nextMeeting)
                .as("a new record after a restore takes a fresh id")
                .isGreaterThan(original.queryForObject("select max(id) from venue", Long.class));
    }

    @Test
    void a_restore_refuses_a_database_that_is_not_empty_and_a_file_that_is_not_a_backup() throws Exception {
        Path notABackup = Files.writeString(folder.resolve("notes.zip"), "not a zip");
        try (Connection connection = dataSource.getConnection()) {
            Path file = folder.resolve("again.zip");
            Backup.backUp(connection, file);
            assertThatThrownBy(() -> Backup.restore(connection, file, urlOf("postgres"), "postgres", "postgres"))
                    .hasMessageContaining("must be empty");
        }
        emptyDatabase("restored_nothing");
        try (Connection target = DriverManager.getConnection(urlOf("restored_nothing"), "postgres", "postgres")) {
            assertThatThrownBy(
                            () -> Backup.restore(target, notABackup, urlOf("restored_nothing"), "postgres", "postgres"))
                    .isInstanceOf(IOException.class);
        }
    }
}
