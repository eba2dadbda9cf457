package org.scrutiny.membership.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.scrutiny.publishing.DocumentReader;
import org.scrutiny.shared.London;

/**
 * One of the panel's own documents, published on its page: its terms of reference, rules of
 * procedure, the panel arrangements its councils agreed, or another. The bytes are kept apart
 * ({@link PanelDocumentContent}); a new version of a document is a new upload.
 */
@Entity
@Audited
public class PanelDocument {

    /** What a document is, in the order the panel's page lists them. */
    public enum Kind {
        TERMS_OF_REFERENCE("Terms of reference"),
        RULES_OF_PROCEDURE("Rules of procedure"),
        ARRANGEMENTS("Panel arrangements"),
        OTHER("Other document");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String title;
    private String fileName;
    private String mediaType;
    private long sizeBytes;
    private Integer pageCount;
    private boolean tagged;
    private Instant uploadedAt;

    @Version
    private long version;

    protected PanelDocument() {}

    PanelDocument(Kind kind, String title, String fileName, long sizeBytes, DocumentReader.Read read, Instant at) {
        this.kind = kind;
        this.title = title;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.mediaType = read.mediaType();
        this.pageCount = read.pageCount();
        this.tagged = read.tagged();
        this.uploadedAt = at;
    }

    public boolean isPdf() {
        return DocumentReader.PDF.toString().equals(mediaType);
    }

    /** "PDF, 120 KB, 12 pages" */
    public String describe() {
        return DocumentReader.describe(mediaType, sizeBytes, pageCount);
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public boolean isTagged() {
        return tagged;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    /** The day it was uploaded, in the panel's time. */
    public LocalDate uploadedOn() {
        return LocalDate.ofInstant(uploadedAt, London.ZONE);
    }

    public long getVersion() {
        return version;
    }
}
