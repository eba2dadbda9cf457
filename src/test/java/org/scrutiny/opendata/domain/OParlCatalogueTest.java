package org.scrutiny.opendata.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.opendata.OParlType.AGENDA_ITEM;
import static org.scrutiny.opendata.OParlType.FILE;
import static org.scrutiny.opendata.OParlType.MEETING;
import static org.scrutiny.opendata.OParlType.PERSON;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.scrutiny.opendata.OParlObject;
import org.scrutiny.opendata.OParlObject.Embedded;
import org.scrutiny.opendata.OParlObject.Lazy;
import org.scrutiny.opendata.OParlObject.Page;
import org.scrutiny.opendata.OParlObject.Ref;
import org.scrutiny.opendata.OParlType;
import org.scrutiny.opendata.OpenDataSources;
import org.scrutiny.shared.database.ChangeCounter;
import org.scrutiny.shared.database.ClusterJobs;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue's rules on objects made up for the purpose, in a transaction that is rolled back:
 * extensions merge (and one with empty values, or of an object nobody offers, does no harm),
 * embedded objects are written whole but a file's text only at the file's own address, a
 * reference to an object nobody offers is left out, what is no longer offered is kept as deleted
 * with what the standard requires, and an unchanged object keeps its time of modification.
 */
@ScrutinyTest
@Transactional
class OParlCatalogueTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ChangeCounter changes;

    @Autowired
    ClusterJobs jobs;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OParlAddresses addresses;

    private final List<OParlObject> offered = new ArrayList<>();

    private OParlCatalogue catalogue() {
        OpenDataSources source = () -> new ArrayList<>(offered);
        return new OParlCatalogue(List.of(source), changes, jobs, transactions, jdbc, addresses);
    }

    private JsonNode row(OParlType type, String key) {
        return JSON.readTree(jdbc.queryForObject(
                "select body from oparl_object where type = ? and key = ?", String.class, type.name(), key));
    }

    @Test
    void the_catalogue_merges_embeds_leaves_out_and_keeps_what_is_gone_as_deleted() throws Exception {
        jdbc.update("update oparl_catalogue set revision = -1");
        AtomicInteger checksums = new AtomicInteger();
        offered.add(OParlObject.of(
                MEETING,
                "test-meeting",
                Map.of(
                        "name", "A meeting",
                        "agendaItem", List.of(Embedded.of(AGENDA_ITEM, "test-1"), Embedded.of(AGENDA_ITEM, "test-2")),
                        "participant", List.of(Ref.to(PERSON, "nobody")),
                        "invitation", Embedded.of(FILE, "test-agenda"))));
        offered.add(OParlObject.of(AGENDA_ITEM, "test-1", Map.of("order", 1, "name", "Apologies")));
        offered.add(OParlObject.of(AGENDA_ITEM, "test-2", Map.of("order", 2, "name", "The precept")));
        offered.add(OParlObject.of(
                FILE,
                "test-agenda",
                Map.of(
                        "text", "The whole agenda, at length",
                        "accessUrl", new Page("/meetings/1/agenda.pdf"),
                        "sha512Checksum", new Lazy(() -> "checksum-" + checksums.incrementAndGet()))));
        Map<String, Object> decided = new HashMap<>();
        decided.put("result", "Noted");
        decided.put("resolutionText", null);
        offered.add(OParlObject.extending(AGENDA_ITEM, "test-1", decided));
        offered.add(OParlObject.extending(AGENDA_ITEM, "no-such-item", Map.of("result", "Agreed")));

        catalogue().refresh();

        JsonNode meeting = row(MEETING, "test-meeting");
        assertThat(meeting.get("id").asString()).isEqualTo(addresses.of(MEETING, "test-meeting"));
        assertThat(meeting.get("type").asString()).isEqualTo("https://schema.oparl.org/1.1/Meeting");
        assertThat(meeting.get("agendaItem")).hasSize(2);
        assertThat(meeting.get("agendaItem").get(0).get("result").asString()).isEqualTo("Noted");
        assertThat(meeting.get("agendaItem").get(0).has("resolutionText")).isFalse();
        assertThat(meeting.get("agendaItem").get(0).has("created")).isTrue();
        assertThat(meeting.get("participant")).isEmpty();
        assertThat(meeting.get("invitation").has("text")).isFalse();
        assertThat(meeting.get("invitation").get("accessUrl").asString())
                .isEqualTo(addresses.page("/meetings/1/agenda.pdf"));
        assertThat(row(FILE, "test-agenda").get("text").asString()).isEqualTo("The whole agenda, at length");
        assertThat(jdbc.queryForObject("select count(*) from oparl_object where key = 'no-such-item'", Integer.class))
                .isZero();
        String firstItemModified = row(AGENDA_ITEM, "test-1").get("modified").asString();
        assertThat(checksums.get()).isEqualTo(1);

        Thread.sleep(5);
        offered.removeIf(object -> object.key().equals("test-2") || object.key().equals("test-meeting"));
        offered.add(OParlObject.of(
                MEETING,
                "test-meeting",
                Map.of(
                        "name", "A meeting",
                        "agendaItem", List.of(Embedded.of(AGENDA_ITEM, "test-1")),
                        "invitation", Embedded.of(FILE, "test-agenda"))));
        jdbc.update("update oparl_catalogue set revision = -1");
        catalogue().refresh();

        JsonNode gone = row(AGENDA_ITEM, "test-2");
        assertThat(gone.get("deleted").asBoolean()).isTrue();
        assertThat(gone.get("order").asInt()).isEqualTo(2);
        assertThat(gone.has("name")).isFalse();
        assertThat(row(MEETING, "test-meeting").get("agendaItem")).hasSize(1);
        assertThat(row(AGENDA_ITEM, "test-1").get("modified").asString()).isEqualTo(firstItemModified);
        assertThat(checksums.get())
                .as("an unchanged file's checksum is not worked out again")
                .isEqualTo(1);
    }
}
