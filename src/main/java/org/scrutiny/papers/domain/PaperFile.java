package org.scrutiny.papers.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.scrutiny.publishing.DocumentReader;
import org.scrutiny.shared.database.Unbounded;

/**
 * A file uploaded for a report: the report itself, an appendix, or an accessible version of a file
 * that is not accessible. Its bytes are kept apart ({@link PaperFileContent}); its text is kept for
 * search.
 */
@Entity
@Audited
public class PaperFile {

    public enum Role {
        REPORT,
        APPENDIX,
        ALTERNATIVE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long alternativeOf;
    private String title;
    private String fileName;
    private String mediaType;
    private long sizeBytes;
    private Integer pageCount;
    private boolean tagged;

    @NotAudited
    @Unbounded
    private String extractedText;

    private Instant uploadedAt;

    @Version
    private long version;

    protected PaperFile() {}

    PaperFile(
            Report report,
            Role role,
            Long alternativeOf,
            String title,
            String fileName,
            long sizeBytes,
            DocumentReader.Read read,
            Instant uploadedAt) {
        this.report = report;
        this.role = role;
        this.alternativeOf = alternativeOf;
        this.title = title;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.mediaType = read.mediaType();
        this.pageCount = read.pageCount();
        this.tagged = read.tagged();
        this.extractedText = read.text();
        this.uploadedAt = uploadedAt;
    }

    public boolean isPdf() {
        return DocumentReader.PDF.toString().equals(mediaType);
    }

    /** A Word document is turned into tagged HTML and PDF; a PDF is accessible only when tagged. */
    public boolean isAccessible() {
        return tagged;
    }

    /** "PDF, 1.2 MB, 12 pages" */
    public String describe() {
        return DocumentReader.describe(mediaType, sizeBytes, pageCount);
    }

    public Long getId() {
        return id;
    }

    public Report getReport() {
        return report;
    }

    public Role getRole() {
        return role;
    }

    public Long getAlternativeOf() {
        return alternativeOf;
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

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Integer getPageCount() {
        return pageCount;
    }

    public boolean isTagged() {
        return tagged;
    }

    public String getExtractedText() {
        return extractedText;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public long getVersion() {
        return version;
    }
}
