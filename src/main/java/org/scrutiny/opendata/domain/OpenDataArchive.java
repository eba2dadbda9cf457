package org.scrutiny.opendata.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.scrutiny.opendata.OParlType;
import org.scrutiny.opendata.OpenDataTables;
import org.scrutiny.shared.CsvText;
import org.scrutiny.shared.database.ChangeCounter;
import org.scrutiny.shared.database.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole public record as one file to download: every OParl object by type (as JSON), and CSV
 * tables of the meetings, their agenda items, attendance, and the recommendations with their
 * responses, under the Open Government Licence. Rebuilt in the background, on one node at a time,
 * once the record has changed and has stayed unchanged for a while; kept in the database so that
 * every node serves the same file.
 */
@Component
public class OpenDataArchive {

    private static final Logger log = LoggerFactory.getLogger(OpenDataArchive.class);

    public static final String FILE_NAME = "scrutiny-open-data.zip";

    private final OParlCatalogue catalogue;
    private final ChangeCounter changes;
    private final ClusterJobs jobs;
    private final JdbcTemplate jdbc;
    private final JdbcTemplate rows;
    private final List<OpenDataTables> tables;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    OpenDataArchive(
            OParlCatalogue catalogue,
            ChangeCounter changes,
            ClusterJobs jobs,
            JdbcTemplate jdbc,
            List<OpenDataTables> tables,
            Clock clock) {
        this.catalogue = catalogue;
        this.changes = changes;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.rows = new JdbcTemplate(jdbc.getDataSource());
        this.rows.setFetchSize(100);
        this.tables = tables;
        this.clock = clock;
    }

    /** The file as last built: when, for which change of the record, and its size. */
    public record Built(Instant builtAt, long revision, long size) {}

    public Optional<Built> latest() {
        return jdbc
                .query(
                        "select built_at, revision, size from open_data_archive where id = 1",
                        (row, n) -> new Built(row.getTimestamp(1).toInstant(), row.getLong(2), row.getLong(3)))
                .stream()
                .findFirst();
    }

    public Optional<byte[]> content() {
        return jdbc.query("select content from open_data_archive where id = 1", (row, n) -> row.getBytes(1)).stream()
                .findFirst();
    }

    /**
     * Rebuilds the file when the record has changed since it was built, once nothing has changed for
     * a minute (a secretary publishing an agenda makes many changes in a row).
     */
    @Scheduled(fixedDelayString = "${scrutiny.open-data.archive-interval:PT1M}", initialDelayString = "PT20S")
    public void rebuildIfChanged() {
        ChangeCounter.Count now = changes.current();
        long built = latest().map(Built::revision).orElse(-1L);
        // The counter's time is the database's: compare it with the database's clock.
        Instant databaseNow =
                jdbc.queryForObject("select clock_timestamp()", Timestamp.class).toInstant();
        boolean settled = now.changedAt().isBefore(databaseNow.minusSeconds(60)) || built < 0;
        if (now.revision() != built && settled) {
            jobs.runAlone("open-data-archive", () -> {
                rebuild();
                return Boolean.TRUE;
            });
        }
    }

    /** Builds the file from the record as it stands and keeps it. */
    public Built rebuild() {
        long revision = changes.current().revision();
        catalogue.ensureCurrent(revision);
        byte[] content = build();
        Instant at = clock.instant();
        jdbc.update(
                "insert into open_data_archive (id, revision, built_at, size, content) values (1, ?, ?, ?, ?)"
                        + " on conflict (id) do update set revision = excluded.revision, built_at = excluded.built_at,"
                        + " size = excluded.size, content = excluded.content",
                revision,
                Timestamp.from(at),
                content.length,
                content);
        log.info("Open data: the bulk download was rebuilt ({} bytes)", content.length);
        return new Built(at, revision, content.length);
    }

    private byte[] build() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            add(zip, "README.txt", readme());
            for (OParlType type : OParlType.values()) {
                if (type == OParlType.SYSTEM) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry("oparl/" + type.segment() + ".json"));
                boolean[] first = {true};
                zip.write('[');
                // Row by row (a cursor, in the job's transaction), so that twenty years fit in a small heap.
                rows.query(
                        "select body from oparl_object where type = ? order by seq",
                        row -> {
                            try {
                                if (!first[0]) {
                                    zip.write(",\n".getBytes(StandardCharsets.UTF_8));
                                }
                                first[0] = false;
                                zip.write(row.getString(1).getBytes(StandardCharsets.UTF_8));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        type.name());
                zip.write("]\n".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            add(zip, "csv/meetings.csv", meetings());
            add(zip, "csv/agenda-items.csv", agendaItems());
            for (OpenDataTables source : tables) {
                for (OpenDataTables.Table table : source.tables()) {
                    add(zip, "csv/" + table.fileName(), CsvText.of(table.header(), table.rows()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private String meetings() {
        return table(
                OParlType.MEETING,
                List.of("Id", "Name", "Start", "End", "Cancelled", "Location", "Agenda", "Minutes", "Web page"),
                meeting -> List.of(
                        text(meeting, "/id"),
                        text(meeting, "/name"),
                        text(meeting, "/start"),
                        text(meeting, "/end"),
                        meeting.path("cancelled").asBoolean(false) ? "yes" : "no",
                        text(meeting, "/location/description"),
                        text(meeting, "/invitation/accessUrl"),
                        text(meeting, "/resultsProtocol/accessUrl"),
                        text(meeting, "/web")));
    }

    private String agendaItems() {
        return table(
                OParlType.AGENDA_ITEM,
                List.of("Id", "Meeting", "Number", "Name", "Public", "Result", "Resolution", "Consultation"),
                item -> List.of(
                        text(item, "/id"),
                        text(item, "/meeting"),
                        text(item, "/number"),
                        text(item, "/name"),
                        item.path("public").asBoolean(true) ? "yes" : "no",
                        text(item, "/result"),
                        text(item, "/resolutionText"),
                        text(item, "/consultation")));
    }

    /** A CSV table of the published (not deleted) objects of a type, a row from each, in the API's order. */
    private String table(OParlType type, List<String> header, Function<JsonNode, List<String>> row) {
        List<List<String>> rows = new ArrayList<>();
        this.rows.query(
                "select body from oparl_object where type = ? and not deleted order by seq",
                result -> {
                    rows.add(row.apply(json.readTree(result.getString(1))));
                },
                type.name());
        return CsvText.of(header, rows);
    }

    /** The text at a JSON pointer ("/location/description"), empty when there is none. */
    private static String text(JsonNode node, String pointer) {
        return node.at(pointer).asString("");
    }

    private String readme() {
        return """
                The public record of the Police and Crime Panel, as published on its website.

                Published under the Open Government Licence v3.0:
                https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/

                Built %s.

                oparl/  every object of the OParl 1.1 API (https://schema.oparl.org/1.1/), one file per type,
                        each a JSON array; objects no longer published are there with "deleted": true.
                csv/    meetings, agenda items, attendance, and recommendations with the Commissioner's
                        responses, as CSV (UTF-8, comma-separated, a header row).
                """
                .formatted(OParlCatalogue.format(clock.instant()));
    }

    private static void add(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
