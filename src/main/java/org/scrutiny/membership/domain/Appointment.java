package org.scrutiny.membership.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.scrutiny.membership.Office;

/** A person holding a post around the panel: its secretariat, the Commissioner, the OPCC's officers. */
@Entity
@Audited
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    private Office office;

    private String jobTitle;
    private String organisation;
    private LocalDate startDate;
    private LocalDate endDate;

    @Version
    private long version;

    protected Appointment() {}

    /** The post a person is appointed to, who employs them in it, and for how long. */
    public record Post(Office office, String jobTitle, String organisation, Term term) {}

    public Appointment(Person person, Post post) {
        this(person, post.office(), post.jobTitle(), post.organisation(), post.term());
    }

    public Appointment(Person person, Office office, String jobTitle, String organisation, Term term) {
        this.person = person;
        change(office, jobTitle, organisation, term);
    }

    public void change(Office office, String jobTitle, String organisation, Term term) {
        this.office = office;
        this.jobTitle = jobTitle;
        this.organisation = organisation;
        this.startDate = term.start();
        this.endDate = term.end();
    }

    public Term term() {
        return new Term(startDate, endDate);
    }

    /** The title shown in minutes and on the public site: the job title if given, else the office. */
    public String title() {
        return jobTitle == null || jobTitle.isBlank() ? office.label() : jobTitle;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Office getOffice() {
        return office;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getOrganisation() {
        return organisation;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public long getVersion() {
        return version;
    }
}
