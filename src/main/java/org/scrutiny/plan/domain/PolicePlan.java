package org.scrutiny.plan.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A Police and Crime Plan for its years; a new Commissioner's plan replaces it, and it stays readable. */
@Entity
@Audited
public class PolicePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private int startsYear;
    private int endsYear;
    private LocalDate publishedOn;
    private String documentUrl;

    @Version
    private long version;

    protected PolicePlan() {}

    PolicePlan(String title, int startsYear, int endsYear, LocalDate publishedOn, String documentUrl) {
        this.title = title;
        this.startsYear = startsYear;
        this.endsYear = endsYear;
        this.publishedOn = publishedOn;
        this.documentUrl = documentUrl;
    }

    /** "2021-24". */
    public String period() {
        return startsYear + "-" + String.format("%02d", endsYear % 100);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public int getStartsYear() {
        return startsYear;
    }

    public int getEndsYear() {
        return endsYear;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getDocumentUrl() {
        return documentUrl;
    }

    public long getVersion() {
        return version;
    }
}
