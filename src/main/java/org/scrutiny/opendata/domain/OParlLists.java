package org.scrutiny.opendata.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scrutiny.opendata.OParlType;
import org.scrutiny.shared.database.ChangeCounter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the table of OParl objects for the API: one object, or a page of a list in the order the
 * objects were first published, after a given one (keyset, so a page costs the same however deep
 * in the list it is), filtered by when objects were created or last modified. Every read first makes
 * sure the table holds every change to the record so far.
 */
@Component
public class OParlLists {

    private final JdbcTemplate jdbc;
    private final OParlCatalogue catalogue;
    private final ChangeCounter changes;

    OParlLists(JdbcTemplate jdbc, OParlCatalogue catalogue, ChangeCounter changes) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.changes = changes;
    }

    /** When objects were created or modified, as a list's filters ask; any may be null. */
    public record Filters(Instant createdSince, Instant createdUntil, Instant modifiedSince, Instant modifiedUntil) {}

    /** A page of a list: the objects' JSON, and the position of the last one when more follow. */
    public record Slice(List<String> bodies, Long next, long total) {}

    public Optional<String> object(OParlType type, String key) {
        current();
        return jdbc
                .query(
                        "select body from oparl_object where type = ? and key = ?",
                        (row, n) -> row.getString(1),
                        type.name(),
                        key)
                .stream()
                .findFirst();
    }

    public Slice list(OParlType type, Filters filters, long after, int size) {
        current();
        StringBuilder where = new StringBuilder(" where type = ?");
        List<Object> arguments = new ArrayList<>();
        arguments.add(type.name());
        condition(where, arguments, "created >= ?", filters.createdSince());
        condition(where, arguments, "created <= ?", filters.createdUntil());
        condition(where, arguments, "modified >= ?", filters.modifiedSince());
        condition(where, arguments, "modified <= ?", filters.modifiedUntil());
        Long total = jdbc.queryForObject("select count(*) from oparl_object" + where, Long.class, arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(after);
        paged.add(size + 1);
        List<Long> positions = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        jdbc.query(
                "select seq, body from oparl_object" + where + " and seq > ? order by seq limit ?",
                row -> {
                    positions.add(row.getLong(1));
                    bodies.add(row.getString(2));
                },
                paged.toArray());
        Long next = null;
        if (bodies.size() > size) {
            bodies.remove(size);
            next = positions.get(size - 1);
        }
        return new Slice(bodies, next, total == null ? 0 : total);
    }

    private void current() {
        catalogue.ensureCurrent(changes.current().revision());
    }

    private static void condition(StringBuilder where, List<Object> arguments, String test, Instant value) {
        if (value != null) {
            where.append(" and ").append(test);
            arguments.add(Timestamp.from(value));
        }
    }
}
