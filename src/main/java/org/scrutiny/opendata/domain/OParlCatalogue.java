package org.scrutiny.opendata.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.scrutiny.opendata.OParlObject;
import org.scrutiny.opendata.OParlType;
import org.scrutiny.opendata.OpenDataSources;
import org.scrutiny.shared.London;
import org.scrutiny.shared.database.ChangeCounter;
import org.scrutiny.shared.database.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the table of OParl objects the same as what the modules publish. Whenever the record has
 * changed (the change counter moved) every module's objects are compared with the table by a
 * fingerprint of their content (an object that embeds others, as a meeting its agenda items,
 * includes theirs), and what is new is added with the time it was first published, what changed
 * is rewritten with the time it changed, and what is no longer offered is kept as deleted, in one
 * transaction on one node at a time. Each row holds the object's whole JSON, embedded objects
 * included, so that serving a page of a list is reading rows.
 */
@Component
public class OParlCatalogue {

    private static final Logger log = LoggerFactory.getLogger(OParlCatalogue.class);

    /** Date-times as the standard writes them, with the London offset ("2022-03-23T13:30:00+00:00"). */
    public static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 3, true)
            .appendPattern("xxx")
            .toFormatter(Locale.UK);

    private final List<OpenDataSources> sources;
    private final ChangeCounter changes;
    private final ClusterJobs jobs;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final OParlAddresses addresses;
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile long currentAt = -1;
    private volatile boolean comparedSinceStart;

    OParlCatalogue(
            List<OpenDataSources> sources,
            ChangeCounter changes,
            ClusterJobs jobs,
            TransactionTemplate transactions,
            JdbcTemplate jdbc,
            OParlAddresses addresses) {
        this.sources = sources;
        this.changes = changes;
        this.jobs = jobs;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.addresses = addresses;
    }

    /** Brings the table up to date in the background if anything changed since it last was. */
    @Scheduled(fixedDelayString = "${scrutiny.open-data.poll-interval:PT5S}", initialDelayString = "PT3S")
    public void refreshIfChanged() {
        long revision = changes.current().revision();
        if (revision != currentAt || !comparedSinceStart) {
            // Once after each start whatever the counter says, as a new release may publish differently.
            boolean force = !comparedSinceStart;
            Integer written = jobs.runAlone("oparl-catalogue", () -> refresh(force));
            if (written != null) {
                currentAt = revision;
                comparedSinceStart = true;
            }
        }
    }

    /**
     * Makes sure the table holds at least every change up to {@code revision} before it is read (a
     * request answered under a validator made from that revision must not show older data), waiting
     * for a refresh under way on another node if need be.
     */
    public void ensureCurrent(long revision) {
        if (currentAt >= revision) {
            return;
        }
        Long stored = jdbc.queryForObject("select revision from oparl_catalogue where id = 1", Long.class);
        if (stored == null || stored < revision) {
            refresh();
        }
        currentAt = Math.max(currentAt, revision);
    }

    /** The revision of the record the table was last brought to. */
    public long revision() {
        Long stored = jdbc.queryForObject("select revision from oparl_catalogue where id = 1", Long.class);
        return stored == null ? -1 : stored;
    }

    /** Compares every module's objects with the table and writes the difference; returns how many rows changed. */
    public int refresh() {
        return refresh(false);
    }

    private int refresh(boolean force) {
        long started = System.nanoTime();
        Integer written = transactions.execute(status -> {
            // One refresh at a time, whichever node or thread starts it.
            jdbc.queryForList("select pg_advisory_xact_lock(hashtext('oparl-catalogue'))");
            Long revision = jdbc.queryForObject("select version from data_version where id = 1", Long.class);
            Long done = jdbc.queryForObject("select revision from oparl_catalogue where id = 1", Long.class);
            if (!force && revision != null && done != null && done >= revision) {
                return 0;
            }
            int count = new Pass(merged()).write();
            if (force && count > 0) {
                // What changed came from a new release, not from a change to the record: say so to
                // every node, so that none keeps a page of the API made before it.
                jdbc.update("update data_version set version = version + 1, changed_at = now() where id = 1");
                jdbc.queryForList("select pg_notify('data_version', '')");
                revision = jdbc.queryForObject("select version from data_version where id = 1", Long.class);
            }
            jdbc.update("update oparl_catalogue set revision = ?, refreshed = now() where id = 1", revision);
            return count;
        });
        if (written != null && written > 0) {
            log.info("Open data: {} objects written in {} ms", written, (System.nanoTime() - started) / 1_000_000);
        }
        return written == null ? 0 : written;
    }

    /** What every module offers, each object's extensions merged into it; extensions of nothing dropped. */
    private Map<Key, Map<String, Object>> merged() {
        Map<Key, Map<String, Object>> objects = new LinkedHashMap<>();
        List<OParlObject> extensions = new ArrayList<>();
        for (OpenDataSources source : sources) {
            long started = System.nanoTime();
            List<OParlObject> offeredHere = source.objects();
            log.debug(
                    "Open data: {} objects from {} in {} ms",
                    offeredHere.size(),
                    source.getClass().getSimpleName(),
                    (System.nanoTime() - started) / 1_000_000);
            for (OParlObject object : offeredHere) {
                if (object.extension()) {
                    extensions.add(object);
                } else {
                    objects.putIfAbsent(new Key(object.type(), object.key()), new LinkedHashMap<>(object.fields()));
                }
            }
        }
        for (OParlObject extension : extensions) {
            Map<String, Object> target = objects.get(new Key(extension.type(), extension.key()));
            if (target == null) {
                continue;
            }
            extension.fields().forEach((name, value) -> {
                if (value != null) {
                    target.merge(name, value, OParlCatalogue::combine);
                }
            });
        }
        return objects;
    }

    private static Object combine(Object first, Object second) {
        if (first instanceof List<?> a && second instanceof List<?> b) {
            List<Object> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        }
        return second;
    }

    record Key(OParlType type, String key) {}

    private record Stored(String fingerprint, Instant created, Instant modified, boolean deleted) {}

    /** One comparison of what is offered with what is stored. */
    private final class Pass {

        private final Map<Key, Map<String, Object>> offered;
        private final Map<Key, Stored> stored = new HashMap<>();
        private final Map<Key, String> fingerprints = new HashMap<>();
        private final Map<Key, ObjectNode> rendered = new HashMap<>();
        private final Set<Key> visiting = new HashSet<>();
        private final Set<Key> embedded = new HashSet<>();
        // The database's clock, the same for every node, so that modified_since means the same on all.
        private final Instant now = jdbc.queryForObject("select clock_timestamp()", Timestamp.class)
                .toInstant()
                .truncatedTo(ChronoUnit.MILLIS);
        private int written;

        Pass(Map<Key, Map<String, Object>> offered) {
            this.offered = offered;
            jdbc.query("select type, key, fingerprint, created, modified, deleted from oparl_object", row -> {
                stored.put(
                        new Key(OParlType.valueOf(row.getString(1)), row.getString(2)),
                        new Stored(
                                row.getString(3),
                                row.getTimestamp(4).toInstant(),
                                row.getTimestamp(5).toInstant(),
                                row.getBoolean(6)));
            });
        }

        int write() {
            offered.values().forEach(fields -> fields.values().forEach(this::noteEmbedded));
            for (Key key : offered.keySet()) {
                render(key);
            }
            for (Map.Entry<Key, Stored> entry : stored.entrySet()) {
                if (!offered.containsKey(entry.getKey()) && !entry.getValue().deleted()) {
                    Key key = entry.getKey();
                    ObjectNode body = head(key);
                    JsonNode before = json.readTree(jdbc.queryForObject(
                            "select body from oparl_object where type = ? and key = ?",
                            String.class,
                            key.type().name(),
                            key.key()));
                    // What the standard requires of every object of the type, besides its id and type.
                    if (before.has("order")) {
                        body.set("order", before.get("order"));
                    }
                    body.put("created", format(entry.getValue().created()));
                    body.put("modified", format(now));
                    body.put("deleted", true);
                    jdbc.update(
                            "update oparl_object set modified = ?, deleted = true, fingerprint = '', body = ?"
                                    + " where type = ? and key = ?",
                            Timestamp.from(now),
                            json.writeValueAsString(body),
                            key.type().name(),
                            key.key());
                    written++;
                }
            }
            return written;
        }

        private void noteEmbedded(Object value) {
            if (value instanceof OParlObject.Embedded target) {
                embedded.add(new Key(target.type(), target.key()));
            } else if (value instanceof List<?> list) {
                list.forEach(this::noteEmbedded);
            }
        }

        /** The fingerprint of an offered object: its own properties, and those of the objects it embeds. */
        private String fingerprint(Key key) {
            String known = fingerprints.get(key);
            if (known != null) {
                return known;
            }
            if (!visiting.add(key)) {
                throw new IllegalStateException("Objects embed each other: " + key);
            }
            StringBuilder text = new StringBuilder();
            offered.get(key).forEach((name, value) -> {
                text.append(name).append('=');
                describe(value, text);
                text.append('\n');
            });
            visiting.remove(key);
            String fingerprint = sha256(text.toString());
            fingerprints.put(key, fingerprint);
            return fingerprint;
        }

        private void describe(Object value, StringBuilder text) {
            if (value instanceof OParlObject.Lazy) {
                text.append("lazy");
            } else if (value instanceof OParlObject.Embedded embedded) {
                Key key = new Key(embedded.type(), embedded.key());
                text.append('{')
                        .append(offered.containsKey(key) ? fingerprint(key) : "missing")
                        .append('}');
            } else if (value instanceof OParlObject.Ref ref) {
                text.append(exists(new Key(ref.type(), ref.key())) ? addresses.of(ref.type(), ref.key()) : "missing");
            } else if (value instanceof List<?> list) {
                text.append('[');
                list.forEach(element -> {
                    describe(element, text);
                    text.append(',');
                });
                text.append(']');
            } else {
                text.append(value);
            }
        }

        private boolean exists(Key key) {
            return offered.containsKey(key);
        }

        /** The object's whole JSON, written to the table first if it is new or has changed. */
        private ObjectNode render(Key key) {
            ObjectNode done = rendered.get(key);
            if (done != null) {
                return done;
            }
            String fingerprint = fingerprint(key);
            Stored before = stored.get(key);
            ObjectNode body;
            if (before != null && !before.deleted() && before.fingerprint().equals(fingerprint)) {
                body = (ObjectNode) json.readTree(jdbc.queryForObject(
                        "select body from oparl_object where type = ? and key = ?",
                        String.class,
                        key.type().name(),
                        key.key()));
            } else {
                body = head(key);
                offered.get(key).forEach((name, value) -> {
                    JsonNode node = node(value);
                    if (node != null) {
                        body.set(name, node);
                    }
                });
                Instant created = before == null ? now : before.created();
                body.put("created", format(created));
                body.put("modified", format(now));
                String text = json.writeValueAsString(body);
                if (before == null) {
                    jdbc.update(
                            "insert into oparl_object (type, key, created, modified, fingerprint, body)"
                                    + " values (?, ?, ?, ?, ?, ?)",
                            key.type().name(),
                            key.key(),
                            Timestamp.from(created),
                            Timestamp.from(now),
                            fingerprint,
                            text);
                } else {
                    jdbc.update(
                            "update oparl_object set modified = ?, deleted = false, fingerprint = ?, body = ?"
                                    + " where type = ? and key = ?",
                            Timestamp.from(now),
                            fingerprint,
                            text,
                            key.type().name(),
                            key.key());
                }
                written++;
            }
            // Only what another object embeds is needed again; the rest is in the table.
            if (embedded.contains(key)) {
                rendered.put(key, body);
            }
            return body;
        }

        private ObjectNode head(Key key) {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("id", addresses.of(key.type(), key.key()));
            body.put("type", key.type().uri());
            return body;
        }

        private JsonNode node(Object value) {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            if (value == null) {
                return null;
            } else if (value instanceof OParlObject.Lazy lazy) {
                return node(lazy.value().get());
            } else if (value instanceof OParlObject.Embedded embedded) {
                Key key = new Key(embedded.type(), embedded.key());
                if (!offered.containsKey(key)) {
                    return null;
                }
                ObjectNode copy = render(key).deepCopy();
                // A file's text is long, and at the file's own address: an object that embeds the
                // file (a meeting its minutes, a paper its appendices) does not repeat it.
                if (key.type() == OParlType.FILE) {
                    copy.remove("text");
                }
                return copy;
            } else if (value instanceof OParlObject.Ref ref) {
                return exists(new Key(ref.type(), ref.key()))
                        ? nodes.stringNode(addresses.of(ref.type(), ref.key()))
                        : null;
            } else if (value instanceof OParlObject.Page page) {
                return nodes.stringNode(addresses.page(page.path()));
            } else if (value instanceof List<?> list) {
                ArrayNode array = nodes.arrayNode();
                list.stream().map(this::node).filter(node -> node != null).forEach(array::add);
                return array;
            } else if (value instanceof String text) {
                return text.isEmpty() ? null : nodes.stringNode(text);
            } else if (value instanceof Boolean flag) {
                return nodes.booleanNode(flag);
            } else if (value instanceof Integer number) {
                return nodes.numberNode(number);
            } else if (value instanceof Long number) {
                return nodes.numberNode(number);
            } else if (value instanceof LocalDate date) {
                return nodes.stringNode(date.toString());
            } else if (value instanceof Instant instant) {
                return nodes.stringNode(format(instant));
            }
            throw new IllegalArgumentException("Not an OParl value: " + value.getClass());
        }
    }

    /** An instant as the standard writes it, in London. */
    public static String format(Instant instant) {
        return DATE_TIME.format(instant.atZone(London.ZONE));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
