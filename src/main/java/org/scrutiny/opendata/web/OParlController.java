package org.scrutiny.opendata.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scrutiny.opendata.OParlObject;
import org.scrutiny.opendata.OParlType;
import org.scrutiny.opendata.domain.OParlAddresses;
import org.scrutiny.opendata.domain.OParlLists;
import org.scrutiny.shared.London;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OParl 1.1 API: the system, the panel as its one body, and a list of every kind of object,
 * each object at its own address. Lists are paged in the order objects were first published, with
 * the filters {@code created_since}, {@code created_until}, {@code modified_since} and
 * {@code modified_until} carried onto the next page's address. Answers are JSON in UTF-8, readable
 * from any origin; a mistake (an unknown address, a filter that is not a date) gets a JSON error.
 */
@RestController
@RequestMapping(OParlAddresses.BASE)
class OParlController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OParlController.class);

    static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);
    static final int PAGE_SIZE = 100;
    static final int LARGEST_PAGE = 1000;

    private final OParlLists lists;
    private final OParlAddresses addresses;
    private final JsonMapper json = JsonMapper.builder().build();

    OParlController(OParlLists lists, OParlAddresses addresses) {
        this.lists = lists;
        this.addresses = addresses;
    }

    /** The entry point, where a client starts. */
    @GetMapping({"", "/", "/system"})
    ResponseEntity<String> system() {
        JsonNode body = lists.object(OParlType.BODY, OParlObject.THE_PANEL)
                .map(json::readTree)
                .orElseThrow(() -> new Problem(HttpStatus.SERVICE_UNAVAILABLE, "The API is being prepared."));
        ObjectNode system = JsonNodeFactory.instance.objectNode();
        system.put("id", addresses.system());
        system.put("type", OParlType.SYSTEM.uri());
        system.put("oparlVersion", "https://schema.oparl.org/1.1/");
        system.put("license", OParlObject.OPEN_GOVERNMENT_LICENCE);
        system.put("body", addresses.list(OParlType.BODY));
        for (String property : new String[] {"name", "contactEmail", "contactName", "website"}) {
            if (body.has(property)) {
                system.set(property, body.get(property));
            }
        }
        // The council that runs the service, and the page that describes the software and its data.
        system.set(
                "vendor",
                body.has("website")
                        ? body.get("website")
                        : json.getNodeFactory().stringNode(addresses.page("/")));
        system.put("product", addresses.page("/open-data#software"));
        system.set("created", body.get("created"));
        system.set("modified", body.get("modified"));
        system.put("web", addresses.page("/open-data"));
        return ok(json.writeValueAsString(system));
    }

    @GetMapping("/{segment}")
    ResponseEntity<String> list(@PathVariable String segment, @RequestParam Map<String, String> parameters) {
        OParlType type = OParlType.bySegment(segment)
                .filter(t -> t != OParlType.SYSTEM)
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "There is no list at this address."));
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : new String[] {"created_since", "created_until", "modified_since", "modified_until"}) {
            String value = parameters.get(name);
            if (value != null) {
                filters.put(name, value);
            }
        }
        OParlLists.Filters asked = new OParlLists.Filters(
                instant("created_since", filters.get("created_since")),
                instant("created_until", filters.get("created_until")),
                instant("modified_since", filters.get("modified_since")),
                instant("modified_until", filters.get("modified_until")));
        int size = number("limit", parameters.get("limit"), PAGE_SIZE, 1, LARGEST_PAGE);
        long after = number("after", parameters.get("after"), 0, 0, Long.MAX_VALUE);
        if (size != PAGE_SIZE) {
            filters.put("limit", String.valueOf(size));
        }
        OParlLists.Slice slice = lists.list(type, asked, after, size);

        StringBuilder body = new StringBuilder("{\"data\":[");
        body.append(String.join(",", slice.bodies()));
        body.append("],");
        ObjectNode rest = JsonNodeFactory.instance.objectNode();
        ObjectNode pagination = rest.putObject("pagination");
        pagination.put("totalElements", slice.total());
        pagination.put("elementsPerPage", size);
        ObjectNode links = rest.putObject("links");
        String list = addresses.list(type);
        links.put("first", address(list, filters, null));
        links.put("self", address(list, filters, after == 0 ? null : after));
        if (slice.next() != null) {
            links.put("next", address(list, filters, slice.next()));
        }
        String tail = json.writeValueAsString(rest);
        body.append(tail, 1, tail.length());
        return ok(body.toString());
    }

    @GetMapping("/{segment}/{key}")
    ResponseEntity<String> object(@PathVariable String segment, @PathVariable String key) {
        OParlType type = OParlType.bySegment(segment)
                .filter(t -> t != OParlType.SYSTEM)
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "There is no list at this address."));
        return lists.object(type, key)
                .map(OParlController::ok)
                .orElseThrow(() -> new Problem(
                        HttpStatus.NOT_FOUND, "There is no " + type.schemaName() + " with the id " + key + "."));
    }

    /** Any other address under the API: a JSON answer, not the site's page. */
    @GetMapping("/**")
    ResponseEntity<String> unknown() {
        throw new Problem(HttpStatus.NOT_FOUND, "There is nothing at this address. Start at " + addresses.system());
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(Problem.class)
    ResponseEntity<String> problem(Problem problem) {
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        error.put("status", problem.status.value());
        error.put("error", problem.status.getReasonPhrase());
        error.put("message", problem.getMessage());
        error.put("documentation", addresses.page("/open-data"));
        return ResponseEntity.status(problem.status)
                .contentType(JSON)
                .header("Access-Control-Allow-Origin", "*")
                .body(json.writeValueAsString(error));
    }

    /** Whatever went wrong on the server: still JSON, without its details. */
    @org.springframework.web.bind.annotation.ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> failure(RuntimeException failure) {
        log.error("The OParl API could not answer", failure);
        return problem(new Problem(
                HttpStatus.INTERNAL_SERVER_ERROR, "The API could not answer this request; please try again later."));
    }

    static ResponseEntity<String> ok(String body) {
        return ResponseEntity.ok()
                .contentType(JSON)
                .header("Access-Control-Allow-Origin", "*")
                .body(body);
    }

    private static String address(String list, Map<String, String> filters, Long after) {
        StringBuilder address = new StringBuilder(list);
        char separator = '?';
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            address.append(separator)
                    .append(filter.getKey())
                    .append('=')
                    .append(URLEncoder.encode(filter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        if (after != null) {
            address.append(separator).append("after=").append(after);
        }
        return address.toString();
    }

    /**
     * A filter's instant: a date-time with its offset as the standard writes them
     * ("2022-03-23T13:30:00+00:00"), or a day, taken as its start in London.
     */
    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay(London.ZONE).toInstant();
            } catch (DateTimeParseException notDate) {
                throw new Problem(
                        HttpStatus.BAD_REQUEST,
                        name + " must be a date-time with its offset, such as 2022-03-23T13:30:00+00:00,"
                                + " or a date, such as 2022-03-23.");
            }
        }
    }

    private static int number(String name, String value, int otherwise, int least, int most) {
        return (int) number(name, value, (long) otherwise, least, most);
    }

    private static long number(String name, String value, long otherwise, long least, long most) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number < least || number > most) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new Problem(
                    HttpStatus.BAD_REQUEST, name + " must be a whole number from " + least + " to " + most + ".");
        }
    }

    /** A request the API cannot answer, and why. */
    static class Problem extends RuntimeException {

        private final HttpStatus status;

        Problem(HttpStatus status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
