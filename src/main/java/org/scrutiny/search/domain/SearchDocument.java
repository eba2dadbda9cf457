package org.scrutiny.search.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/** One indexed thing, as a module offered it ({@link org.scrutiny.search.SearchEntry}). */
@Entity
@Table(name = "search_document")
@Indexed(index = "published")
public class SearchDocument {

    @Id
    @DocumentId
    private String key;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String kind;

    @FullTextField(analyzer = EnglishAnalysis.ENGLISH, highlightable = Highlightable.ANY, projectable = Projectable.YES)
    private String title;

    @FullTextField(analyzer = EnglishAnalysis.ENGLISH, highlightable = Highlightable.ANY, projectable = Projectable.YES)
    private String body;

    private String href;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private LocalDate day;

    @Column(name = "start_year")
    @GenericField(aggregable = Aggregable.YES)
    private Integer startYear;

    @KeywordField(aggregable = Aggregable.YES)
    private String meeting;

    @KeywordField(aggregable = Aggregable.YES)
    private String theme;

    @KeywordField(aggregable = Aggregable.YES)
    private String speaker;

    private String fingerprint;

    @Column(name = "first_indexed_at")
    @GenericField(sortable = Sortable.YES)
    private Instant firstIndexedAt;

    /** How many parts {@link #getSample()} divides the documents into (the top eight bits of a hash). */
    static final int SAMPLES = 256;

    protected SearchDocument() {}

    SearchDocument(String key, Instant firstIndexedAt) {
        this.key = key;
        this.firstIndexedAt = firstIndexedAt;
    }

    void write(
            String kind,
            String title,
            String body,
            String href,
            LocalDate day,
            Integer startYear,
            String meeting,
            String theme,
            String speaker,
            String fingerprint) {
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.href = href;
        this.day = day;
        this.startYear = startYear;
        this.meeting = meeting;
        this.theme = theme;
        this.speaker = speaker;
        this.fingerprint = fingerprint;
    }

    public String getKey() {
        return key;
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getHref() {
        return href;
    }

    public LocalDate getDay() {
        return day;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public String getMeeting() {
        return meeting;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public Instant getFirstIndexedAt() {
        return firstIndexedAt;
    }

    /**
     * Which of {@value #SAMPLES} parts of the documents this one belongs to, fixed by its key and
     * spread evenly: counts over a great many matches are taken from a few parts of them
     * ({@link SiteSearch}). Indexed, not stored in the table.
     */
    @GenericField
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "key")))
    public int getSample() {
        // Fibonacci hashing: the top eight bits of the key's hash times the golden ratio.
        return (key.hashCode() * 0x9E3779B1) >>> 24;
    }
}
