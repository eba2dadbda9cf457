package org.scrutiny.opendata;

/** The kinds of object OParl 1.1 knows, with the segment of their address under the API's base. */
public enum OParlType {
    SYSTEM("System", "system"),
    BODY("Body", "body"),
    ORGANIZATION("Organization", "organization"),
    PERSON("Person", "person"),
    MEMBERSHIP("Membership", "membership"),
    LEGISLATIVE_TERM("LegislativeTerm", "legislative-term"),
    MEETING("Meeting", "meeting"),
    AGENDA_ITEM("AgendaItem", "agenda-item"),
    PAPER("Paper", "paper"),
    CONSULTATION("Consultation", "consultation"),
    FILE("File", "file"),
    LOCATION("Location", "location");

    /** Where the API is, under the site. */
    public static final String BASE = "/oparl/v1";

    private final String schemaName;
    private final String segment;

    OParlType(String schemaName, String segment) {
        this.schemaName = schemaName;
        this.segment = segment;
    }

    /** The name of the type in the standard ("AgendaItem"). */
    public String schemaName() {
        return schemaName;
    }

    /** The segment of the address of the type's objects and list ("agenda-item"). */
    public String segment() {
        return segment;
    }

    /** The value of an object's {@code type}: "https://schema.oparl.org/1.1/AgendaItem". */
    public String uri() {
        return "https://schema.oparl.org/1.1/" + schemaName;
    }

    public static java.util.Optional<OParlType> bySegment(String segment) {
        for (OParlType type : values()) {
            if (type.segment.equals(segment)) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
