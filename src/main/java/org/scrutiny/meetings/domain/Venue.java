package org.scrutiny.meetings.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.envers.Audited;

/** A named place where the panel meets, reused from meeting to meeting. */
@Entity
@Audited
public class Venue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String address;
    private String town;
    private String postcode;

    @Version
    private long version;

    protected Venue() {}

    /** What the secretariat says of a venue. */
    public record Details(String name, String address, String town, String postcode) {}

    public Venue(Details details) {
        this(details.name(), details.address(), details.town(), details.postcode());
    }

    public Venue(String name, String address, String town, String postcode) {
        describe(name, address, town, postcode);
    }

    public void describe(String name, String address, String town, String postcode) {
        this.name = name;
        this.address = address;
        this.town = town;
        this.postcode = postcode;
    }

    /** One line for agendas and calendar entries: "Engine Shed, Sand Martin House, Bittern Way, Peterborough". */
    public String oneLine() {
        return Stream.of(name, address, town, postcode)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getTown() {
        return town;
    }

    public String getPostcode() {
        return postcode;
    }

    public long getVersion() {
        return version;
    }
}
