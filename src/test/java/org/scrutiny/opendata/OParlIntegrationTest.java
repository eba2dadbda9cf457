package org.scrutiny.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutiny.agenda.ExemptionParagraph;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.opendata.domain.OParlAddresses;
import org.scrutiny.opendata.domain.OParlCatalogue;
import org.scrutiny.support.CsvRows;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OParl API over the demo panel, as a client walks it: every object valid against the
 * standard's schemas (embedded objects against their own), no address that leads nowhere, the
 * filters kept on every next page, exactly the changed objects after a date, a withdrawn item
 * served as deleted, exempt items without papers, CORS, and errors answered in JSON.
 */
@ScrutinyTest
class OParlIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Schema> SCHEMAS = new HashMap<>();

    @Autowired
    MockMvc mvc;

    @Autowired
    OParlCatalogue catalogue;

    @Autowired
    OParlAddresses addresses;

    @Autowired
    AgendaService agendas;

    @Autowired
    MeetingService meetings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.scrutiny.opendata.domain.OpenDataArchive archive;

    @BeforeEach
    void upToDate() {
        catalogue.refresh();
    }

    @Test
    void a_client_walking_from_the_system_finds_every_object_valid_and_no_address_leading_nowhere() throws Exception {
        Deque<String> toVisit = new ArrayDeque<>(List.of(addresses.system()));
        Set<String> seen = new HashSet<>(toVisit);
        Map<String, Integer> typesFound = new HashMap<>();
        List<String> problems = new ArrayList<>();
        Set<String> siteLinks = new HashSet<>();
        while (!toVisit.isEmpty()) {
            String address = toVisit.poll();
            MockHttpServletResponse response = fetch(address);
            if (response.getStatus() != 200) {
                problems.add(address + " answered " + response.getStatus());
                continue;
            }
            assertThat(response.getContentType()).startsWith("application/json");
            assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
            byte[] bytes = response.getContentAsByteArray();
            assertThat(bytes.length > 2 && (bytes[0] & 0xFF) == 0xEF)
                    .as("no byte order mark")
                    .isFalse();
            JsonNode node = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (node.has("data")) {
                checkList(address, node, problems);
                node.get("data").forEach(object -> checkObject(object, typesFound, problems));
            } else {
                checkObject(node, typesFound, problems);
            }
            collectLinks(node, toVisit, seen, siteLinks);
        }
        assertThat(problems).isEmpty();
        assertThat(typesFound)
                .containsKeys(
                        "System",
                        "Body",
                        "Organization",
                        "Person",
                        "Membership",
                        "LegislativeTerm",
                        "Meeting",
                        "AgendaItem",
                        "Paper",
                        "Consultation",
                        "File",
                        "Location");
        // The files and pages the objects point to are there too.
        for (String link : siteLinks) {
            String path = link.substring(addresses.site().length());
            int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
            assertThat(status).as(link).isEqualTo(200);
        }
    }

    @Test
    void a_list_in_small_pages_keeps_its_filters_on_every_next_page_and_holds_each_object_once() throws Exception {
        String first = addresses.list(OParlType.AGENDA_ITEM) + "?modified_since=2000-01-01T00:00:00%2B00:00&limit=7";
        Set<String> ids = new HashSet<>();
        long total = -1;
        String next = first;
        int pages = 0;
        while (next != null) {
            JsonNode page = JSON.readTree(fetch(next).getContentAsString());
            total = page.get("pagination").get("totalElements").asLong();
            int count = page.get("data").size();
            page.get("data").forEach(item -> assertThat(ids.add(item.get("id").asString()))
                    .isTrue());
            JsonNode link = page.get("links").get("next");
            if (link != null) {
                assertThat(count).isEqualTo(7);
                assertThat(page.get("pagination").get("elementsPerPage").asInt())
                        .isEqualTo(7);
                assertThat(link.asString()).contains("modified_since=").contains("limit=7");
            }
            next = link == null ? null : link.asString();
            pages++;
        }
        assertThat(pages).isGreaterThan(1);
        assertThat(ids).hasSize((int) total);
    }

    @Test
    void modified_since_returns_exactly_the_objects_changed_after_it() throws Exception {
        long meetingId = meetings.all().stream()
                .filter(m -> m.getStatus() == org.scrutiny.meetings.MeetingStatus.CONFIRMED)
                .reduce((a, b) -> b)
                .orElseThrow()
                .getId();
        // The catalogue dates changes by the database's clock, not the application's (which tests move).
        Thread.sleep(5);
        Instant before = jdbc.queryForObject("select clock_timestamp()", java.sql.Timestamp.class)
                .toInstant();
        Thread.sleep(5);
        var meeting = meetings.get(meetingId);
        String title = meeting.getTitle();
        String dateNote = meeting.getDateNote();
        meetings.describe(meetingId, meeting.getVersion(), meeting.getKind(), "Open data test meeting", dateNote);
        catalogue.refresh();
        String since = OParlCatalogue.format(before).replace("+", "%2B");
        JsonNode changed = JSON.readTree(fetch(addresses.list(OParlType.MEETING) + "?modified_since=" + since)
                .getContentAsString());
        assertThat(changed.get("data")).hasSize(1);
        assertThat(changed.get("data").get(0).get("id").asString())
                .isEqualTo(addresses.of(OParlType.MEETING, String.valueOf(meetingId)));
        assertThat(changed.get("data").get(0).get("name").asString()).isEqualTo("Open data test meeting");
        JsonNode unchanged = JSON.readTree(fetch(addresses.list(OParlType.PAPER) + "?modified_since=" + since)
                .getContentAsString());
        assertThat(unchanged.get("data")).isEmpty();
        meeting = meetings.get(meetingId);
        meetings.describe(meetingId, meeting.getVersion(), meeting.getKind(), title, dateNote);
    }

    @Test
    void an_item_withdrawn_from_a_published_agenda_is_served_as_deleted_and_leaves_its_meeting() throws Exception {
        Long meetingId = jdbc.queryForObject(
                "select a.meeting_id from agenda a join meeting m on m.id = a.meeting_id"
                        + " where a.status = 'PUBLISHED' order by m.meeting_date desc limit 1",
                Long.class);
        var agenda = agendas.addItem(meetingId, "Open data: an urgent item", null, "Raised after publication");
        long itemId = agenda.getItems().get(agenda.getItems().size() - 1).getId();
        catalogue.refresh();
        String item = addresses.of(OParlType.AGENDA_ITEM, String.valueOf(itemId));
        assertThat(JSON.readTree(fetch(item).getContentAsString()).has("deleted"))
                .isFalse();

        agendas.withdraw(meetingId, itemId, "Dealt with elsewhere");
        catalogue.refresh();
        JsonNode deleted = JSON.readTree(fetch(item).getContentAsString());
        assertThat(deleted.get("deleted").asBoolean()).isTrue();
        assertThat(deleted.get("id").asString()).isEqualTo(item);
        assertThat(deleted.has("created")).isTrue();
        assertThat(deleted.has("modified")).isTrue();
        assertThat(valid(deleted)).isEmpty();
        String meeting = fetch(addresses.of(OParlType.MEETING, String.valueOf(meetingId)))
                .getContentAsString();
        assertThat(meeting).doesNotContain(item + "\"");
    }

    @Test
    void an_item_made_exempt_stays_as_not_public_and_its_paper_and_decision_are_no_longer_published() throws Exception {
        Map<String, Object> report = jdbc.queryForMap(
                "select r.id, r.meeting_id, r.agenda_item_id from report r join agenda a on a.meeting_id = r.meeting_id"
                        + " where r.status = 'ACCEPTED' and a.status = 'PUBLISHED' order by r.id limit 1");
        long meetingId = ((Number) report.get("meeting_id")).longValue();
        long itemId = ((Number) report.get("agenda_item_id")).longValue();
        String paper = addresses.of(OParlType.PAPER, String.valueOf(report.get("id")));
        String item = addresses.of(OParlType.AGENDA_ITEM, String.valueOf(itemId));
        assertThat(JSON.readTree(fetch(paper).getContentAsString()).has("deleted"))
                .isFalse();
        assertThat(JSON.readTree(fetch(item).getContentAsString()).has("consultation"))
                .isTrue();

        agendas.exempt(meetingId, itemId, ExemptionParagraph.values()[2]);
        try {
            catalogue.refresh();
            JsonNode exempt = JSON.readTree(fetch(item).getContentAsString());
            assertThat(exempt.get("public").asBoolean()).isFalse();
            assertThat(exempt.has("consultation")).isFalse();
            assertThat(exempt.has("resolutionText")).isFalse();
            assertThat(JSON.readTree(fetch(paper).getContentAsString())
                            .get("deleted")
                            .asBoolean())
                    .isTrue();
            assertThat(jdbc.queryForObject(
                            "select count(*) from oparl_object where not deleted and body like ?",
                            Integer.class,
                            "%\"" + paper + "\"%"))
                    .isZero();
        } finally {
            agendas.exempt(meetingId, itemId, null);
            catalogue.refresh();
        }
        assertThat(JSON.readTree(fetch(paper).getContentAsString()).has("deleted"))
                .isFalse();
    }

    @Test
    void nothing_personal_is_published_neither_an_email_address_nor_a_telephone_number_nor_a_complaint()
            throws Exception {
        List<String> emails = jdbc.queryForList("select email from person where email is not null", String.class);
        List<String> phones =
                jdbc.queryForList("select telephone from person where telephone is not null", String.class);
        List<String> people = jdbc.queryForList("select body from oparl_object where type = 'PERSON'", String.class);
        assertThat(people).isNotEmpty();
        for (String person : people) {
            assertThat(person).doesNotContain("\"email\"").doesNotContain("\"phone\"");
            emails.forEach(email -> assertThat(person).doesNotContainIgnoringCase(email));
            phones.forEach(phone -> assertThat(person).doesNotContain(phone));
        }
        List<String> askers = jdbc.queryForList(
                "select name from public_question where name is not null and not show_name", String.class);
        List<String> complainants = jdbc.queryForList(
                "select complainant_name from complaint where complainant_name is not null", String.class);
        String everything = String.join("\n", jdbc.queryForList("select body from oparl_object", String.class));
        askers.forEach(name -> assertThat(everything).doesNotContain("\"" + name + "\""));
        complainants.forEach(name -> assertThat(everything).doesNotContain(name));
    }

    @Test
    void a_mistake_gets_a_json_error_that_says_what_was_wrong() throws Exception {
        MockHttpServletResponse unknown = fetch(addresses.of(OParlType.MEETING, "999999"));
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentType()).startsWith("application/json");
        assertThat(unknown.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(JSON.readTree(unknown.getContentAsString()).get("message").asString())
                .contains("no Meeting with the id 999999");

        MockHttpServletResponse badFilter = fetch(addresses.list(OParlType.MEETING) + "?modified_since=yesterday");
        assertThat(badFilter.getStatus()).isEqualTo(400);
        assertThat(badFilter.getContentType()).startsWith("application/json");
        assertThat(badFilter.getContentAsString()).contains("modified_since must be a date-time");

        MockHttpServletResponse badLimit = fetch(addresses.list(OParlType.MEETING) + "?limit=-3");
        assertThat(badLimit.getStatus()).isEqualTo(400);

        MockHttpServletResponse nowhere = fetch(addresses.system().replace("/system", "/nothing/here/at/all"));
        assertThat(nowhere.getStatus()).isEqualTo(404);
        assertThat(nowhere.getContentType()).startsWith("application/json");
    }

    @Test
    void a_harvester_that_asks_again_with_the_validator_gets_not_modified() throws Exception {
        String path =
                addresses.list(OParlType.MEETING).substring(addresses.site().length());
        MockHttpServletResponse first = mvc.perform(get(path)).andReturn().getResponse();
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(mvc.perform(get(path).header("If-None-Match", etag))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(304);
    }

    @Test
    void the_bulk_download_unpacks_into_the_api_objects_and_csv_tables_that_parse() throws Exception {
        archive.rebuild();
        MockHttpServletResponse response = mvc.perform(get("/open-data/scrutiny-open-data.zip"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        Map<String, String> files = new HashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(response.getContentAsByteArray()), StandardCharsets.UTF_8)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files)
                .containsKeys(
                        "README.txt",
                        "oparl/meeting.json",
                        "oparl/paper.json",
                        "oparl/person.json",
                        "oparl/file.json",
                        "csv/meetings.csv",
                        "csv/agenda-items.csv",
                        "csv/attendance.csv",
                        "csv/recommendations.csv");
        JsonNode meetingsJson = JSON.readTree(files.get("oparl/meeting.json"));
        assertThat(meetingsJson.size())
                .isEqualTo(
                        jdbc.queryForObject("select count(*) from oparl_object where type = 'MEETING'", Integer.class));
        for (String name :
                List.of("csv/meetings.csv", "csv/agenda-items.csv", "csv/attendance.csv", "csv/recommendations.csv")) {
            List<List<String>> rows = CsvRows.parse(files.get(name));
            assertThat(rows).as(name).hasSizeGreaterThan(1);
            assertThat(rows).as(name).allSatisfy(row -> assertThat(row).hasSameSizeAs(rows.get(0)));
        }
        assertThat(CsvRows.parse(files.get("csv/recommendations.csv")))
                .hasSize(1 + jdbc.queryForObject("select count(*) from recommendation", Integer.class));
    }

    private MockHttpServletResponse fetch(String address) throws Exception {
        assertThat(address).startsWith(addresses.site());
        String path = address.substring(addresses.site().length());
        return mvc.perform(get(java.net.URI.create(path))).andReturn().getResponse();
    }

    private void checkList(String address, JsonNode list, List<String> problems) {
        if (!list.has("links") || !list.get("links").has("first") || !list.has("pagination")) {
            problems.add(address + ": a list without its links or pagination");
        }
    }

    /** Validates an object and, separately, each object embedded in it; notes its type. */
    private void checkObject(JsonNode object, Map<String, Integer> typesFound, List<String> problems) {
        String type = object.get("type").asString().replace("https://schema.oparl.org/1.1/", "");
        typesFound.merge(type, 1, Integer::sum);
        valid(object).forEach(error -> problems.add(object.get("id") + ": " + error));
        if (!object.has("created") || !object.has("modified")) {
            problems.add(object.get("id") + ": no created or modified");
        }
        for (var property : object.properties()) {
            JsonNode value = property.getValue();
            if (value.isObject() && value.has("type")) {
                checkObject(value, typesFound, problems);
            } else if (value.isArray()) {
                value.forEach(element -> {
                    if (element.isObject() && element.has("type")) {
                        checkObject(element, typesFound, problems);
                    }
                });
            }
        }
    }

    private void collectLinks(JsonNode node, Deque<String> toVisit, Set<String> seen, Set<String> siteLinks) {
        if (node.isString()) {
            String text = node.asString();
            if (text.startsWith(addresses.site() + "/oparl/")) {
                if (seen.add(text)) {
                    toVisit.add(text);
                }
            } else if (text.startsWith(addresses.site() + "/")) {
                siteLinks.add(text);
            }
        } else {
            node.forEach(child -> collectLinks(child, toVisit, seen, siteLinks));
        }
    }

    static List<String> valid(JsonNode object) {
        String type = object.get("type").asString().replace("https://schema.oparl.org/1.1/", "");
        Schema schema = SCHEMAS.computeIfAbsent(type, OParlIntegrationTest::schema);
        List<Error> errors = schema.validate(object.toString(), InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }

    private static Schema schema(String type) {
        try (InputStream in = OParlIntegrationTest.class.getResourceAsStream("/oparl-schema/" + type + ".json")) {
            assertThat(in).as("a schema for " + type).isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
