package org.scrutiny.shared.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A consistent backup of everything Scrutiny keeps (its PostgreSQL database: the records, the
 * uploaded and published files, the audit trail, the mail outbox) and its restore into an empty
 * database. Independent of the server's version, so no matching {@code pg_dump} is needed:
 *
 * <ul>
 *   <li>the backup reads every table in one read-only snapshot, with {@code COPY ... TO STDOUT},
 *       into a zip with a manifest of the schema version and the row counts;
 *   <li>the restore builds the schema with the application's own migrations up to that version,
 *       loads the tables parents first, sets every sequence where it stood, and checks the
 *       row counts against the manifest, all in one transaction: it restores everything or nothing.
 * </ul>
 *
 * Sessions and one-time form tokens are not kept: after a restore everyone signs in again.
 */
public final class Backup {

    /**
     * Tables of passing state, not records, and the rows the migrations create (the change counter,
     * how far the open data's table was brought), the bulk download the open data rebuilds by
     * itself, and the search's outbox and agents (an index is rebuilt from the documents): left out
     * of a backup.
     */
    static final Set<String> TRANSIENT = Set.of(
            "spring_session",
            "spring_session_attributes",
            "form_submission",
            "flyway_schema_history",
            "data_version",
            "oparl_catalogue",
            "open_data_archive",
            "hsearch_agent",
            "hsearch_outbox_event");

    private static final String MANIFEST = "manifest.properties";

    private Backup() {}

    /** {@code backup FILE} or {@code restore FILE}, against SPRING_DATASOURCE_URL, _USERNAME, _PASSWORD. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !(args[0].equals("backup") || args[0].equals("restore"))) {
            System.err.println("Usage: backup FILE | restore FILE (database from SPRING_DATASOURCE_URL,"
                    + " SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD)");
            System.exit(2);
        }
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url == null || url.isBlank()) {
            System.err.println("Set SPRING_DATASOURCE_URL to the database, e.g. jdbc:postgresql://host:5432/scrutiny");
            System.exit(2);
        }
        try (Connection connection = DriverManager.getConnection(
                url, System.getenv("SPRING_DATASOURCE_USERNAME"), System.getenv("SPRING_DATASOURCE_PASSWORD"))) {
            Path file = Path.of(args[1]);
            if (args[0].equals("backup")) {
                Map<String, Long> rows = backUp(connection, file);
                System.out.println("Backed up " + rows.size() + " tables, "
                        + rows.values().stream().mapToLong(Long::longValue).sum() + " rows, to " + file);
            } else {
                Map<String, Long> rows = restore(
                        connection,
                        file,
                        url,
                        System.getenv("SPRING_DATASOURCE_USERNAME"),
                        System.getenv("SPRING_DATASOURCE_PASSWORD"));
                System.out.println("Restored " + rows.size() + " tables, "
                        + rows.values().stream().mapToLong(Long::longValue).sum() + " rows, from " + file);
            }
        }
    }

    /** Writes every table of {@code connection}'s database, as of one moment, to {@code file}; returns the row counts. */
    public static Map<String, Long> backUp(Connection connection, Path file) throws SQLException, IOException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set transaction isolation level repeatable read, read only");
            String version = schemaVersion(statement);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Long> rows = new LinkedHashMap<>();
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                for (String table : tables(connection)) {
                    zip.putNextEntry(new ZipEntry("tables/" + table + ".csv"));
                    rows.put(table, copy.copyOut("copy " + quoted(table) + " to stdout with (format csv)", zip));
                    zip.closeEntry();
                }
                Properties manifest = new Properties();
                manifest.setProperty("schema.version", version);
                manifest.setProperty("taken", snapshotTime(statement));
                rows.forEach((table, count) -> manifest.setProperty("rows." + table, Long.toString(count)));
                sequences(connection).forEach((sequence, next) -> manifest.setProperty("sequence." + sequence, next));
                zip.putNextEntry(new ZipEntry(MANIFEST));
                manifest.store(zip, "Scrutiny backup");
                zip.closeEntry();
            }
            connection.commit();
            return rows;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /**
     * Restores {@code file} into the empty database of {@code connection} (at {@code url}), whose
     * schema is built by the application's migrations up to the backup's version.
     */
    public static Map<String, Long> restore(Connection connection, Path file, String url, String user, String password)
            throws SQLException, IOException {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            if (manifestEntry == null) {
                throw new IOException(file + " is not a Scrutiny backup: it has no " + MANIFEST);
            }
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest.load(in);
            }
            if (!tables(connection).isEmpty()) {
                throw new IllegalStateException("The database to restore into must be empty: it has tables already");
            }
            Flyway.configure()
                    .dataSource(url, user, password)
                    .locations("classpath:db/migration")
                    .target(manifest.getProperty("schema.version"))
                    .load()
                    .migrate();
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Long> rows = new LinkedHashMap<>();
            try {
                for (String table : parentsFirst(connection, tables(connection))) {
                    ZipEntry entry = zip.getEntry("tables/" + table + ".csv");
                    if (entry == null) {
                        continue;
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        rows.put(table, copy.copyIn("copy " + quoted(table) + " from stdin with (format csv)", in));
                    }
                    String expected = manifest.getProperty("rows." + table);
                    if (expected != null && Long.parseLong(expected) != rows.get(table)) {
                        throw new IOException("The backup of " + table + " holds " + rows.get(table)
                                + " rows where its manifest says " + expected);
                    }
                }
                restoreSequences(connection, manifest);
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            return rows;
        }
    }

    /** When the snapshot was taken, by the database's clock: the moment the backup holds. */
    private static String snapshotTime(Statement statement) throws SQLException {
        try (ResultSet now = statement.executeQuery("select now()")) {
            now.next();
            return now.getTimestamp(1).toInstant().toString();
        }
    }

    private static String schemaVersion(Statement statement) throws SQLException {
        try (ResultSet version =
                statement.executeQuery("select version from flyway_schema_history where success and version is not null"
                        + " order by installed_rank desc limit 1")) {
            if (!version.next()) {
                throw new SQLException("This database has no Scrutiny schema to back up");
            }
            return version.getString(1);
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found =
                connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (found.next()) {
                String name = found.getString("TABLE_NAME");
                if (!TRANSIENT.contains(name)) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    /** The tables ordered so that a table comes after every table its foreign keys refer to. */
    static List<String> parentsFirst(Connection connection, List<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        tables.forEach(t -> parents.put(t, new LinkedHashSet<>()));
        try (Statement statement = connection.createStatement();
                ResultSet keys = statement.executeQuery(
                        """
                        select child.relname, parent.relname
                        from pg_constraint c
                        join pg_class child on child.oid = c.conrelid
                        join pg_class parent on parent.oid = c.confrelid
                        join pg_namespace n on n.oid = child.relnamespace
                        where c.contype = 'f' and n.nspname = current_schema()
                        """)) {
            while (keys.next()) {
                String child = keys.getString(1);
                String parent = keys.getString(2);
                if (parents.containsKey(child) && !child.equals(parent)) {
                    parents.get(child).add(parent);
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (ordered.size() < tables.size()) {
            boolean progress = false;
            for (String table : tables) {
                if (!placed.contains(table) && placed.containsAll(parents.get(table))) {
                    ordered.add(table);
                    placed.add(table);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("The foreign keys between these tables go round in a circle: "
                        + tables.stream().filter(t -> !placed.contains(t)).toList());
            }
        }
        return ordered;
    }

    /** Each sequence's state as {@code last_value:is_called}, so that ids go on where they stopped. */
    private static Map<String, String> sequences(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery(
                        """
                        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where c.relkind = 'S' and n.nspname = current_schema()
                        """)) {
            while (found.next()) {
                names.add(found.getString(1));
            }
        }
        Map<String, String> states = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                try (ResultSet state = statement.executeQuery("select last_value, is_called from " + quoted(name))) {
                    state.next();
                    states.put(name, state.getLong(1) + ":" + state.getBoolean(2));
                }
            }
        }
        return states;
    }

    private static void restoreSequences(Connection connection, Properties manifest) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String key : manifest.stringPropertyNames()) {
                if (!key.startsWith("sequence.")) {
                    continue;
                }
                String[] state = manifest.getProperty(key).split(":");
                String name = quoted(key.substring("sequence.".length())).replace("'", "''");
                statement.execute("select setval('" + name + "', " + Long.parseLong(state[0]) + ", "
                        + Boolean.parseBoolean(state[1]) + ")");
            }
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
