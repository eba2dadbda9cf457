package org.scrutiny.opendata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One object of the open record as a module offers it: its type, a key unique within the type
 * (part of its address), and its properties by their names in the standard. A property's value is
 * text, a number, a boolean, a {@link java.time.LocalDate} or an {@link java.time.Instant} (written
 * with the London offset), a {@link Ref} to another object (written as its address), an
 * {@link Embedded} object (written whole, as the standard embeds a meeting's agenda items), a
 * {@link Page} of the site, a {@link Lazy} value (worked out only when the object is new or changed,
 * such as a file's checksum), or a list of these. Null values and empty lists are left out.
 *
 * <p>An object may be {@link #extending extended} by another module: a meeting is offered by the
 * meetings module, and the agenda module adds its agenda items to it. An extension of an object that
 * no module offers is dropped.
 */
public record OParlObject(OParlType type, String key, boolean extension, Map<String, Object> fields) {

    /** The Open Government Licence v3.0, under which everything in the open data is published. */
    public static final String OPEN_GOVERNMENT_LICENCE =
            "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    /** The key of the panel, as the API's one body and as the organisation its meetings belong to. */
    public static final String THE_PANEL = "panel";

    /** The key of the organisation of the Commissioner's office, which writes the reports it submits. */
    public static final String COMMISSIONERS_OFFICE = "commissioner";

    public OParlObject {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** An object its module publishes. */
    public static OParlObject of(OParlType type, Object key, Map<String, Object> fields) {
        return new OParlObject(type, String.valueOf(key), false, fields);
    }

    /** Properties another module adds to an object published elsewhere. */
    public static OParlObject extending(OParlType type, Object key, Map<String, Object> fields) {
        return new OParlObject(type, String.valueOf(key), true, fields);
    }

    /** A reference to another object, written as its address. */
    public record Ref(OParlType type, String key) {

        public static Ref to(OParlType type, Object key) {
            return new Ref(type, String.valueOf(key));
        }
    }

    /** Another object written whole inside this one. */
    public record Embedded(OParlType type, String key) {

        public static Embedded of(OParlType type, Object key) {
            return new Embedded(type, String.valueOf(key));
        }
    }

    /** A page or file of the site, by its path ("/meetings/12"), written as its full address. */
    public record Page(String path) {}

    /**
     * A value that costs something to work out (a checksum, a file's text) and cannot change while
     * the object's other properties stay the same: it is worked out only when they do.
     */
    public record Lazy(Supplier<Object> value) {}
}
