package org.scrutiny.membership.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * Anyone the panel records: members, substitutes, officers, the Commissioner and the OPCC's staff.
 * Contact details are for the secretariat only and never shown publicly.
 */
@Entity
@Audited
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String givenName;
    private String familyName;
    private String email;
    private String telephone;

    @Version
    private long version;

    protected Person() {}

    /** A person's name and how to reach them, as the secretariat enters them. */
    public record Details(String givenName, String familyName, String email, String telephone) {}

    public Person(String givenName, String familyName) {
        this.givenName = givenName;
        this.familyName = familyName;
    }

    public void rename(String givenName, String familyName) {
        this.givenName = givenName;
        this.familyName = familyName;
    }

    public void contactAt(String email, String telephone) {
        this.email = email;
        this.telephone = telephone;
    }

    public String name() {
        return givenName + " " + familyName;
    }

    public Long getId() {
        return id;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getEmail() {
        return email;
    }

    public String getTelephone() {
        return telephone;
    }

    public long getVersion() {
        return version;
    }
}
