package org.scrutiny.complaints.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import org.scrutiny.publishing.DocumentReader;
import org.scrutiny.publishing.PaperUploads;

/**
 * A document sent with a complaint (a PDF or a Word document), kept as it arrived for those who
 * handle the complaint. Not audited: it is personal data, deleted with the rest of it.
 */
@Entity
public class ComplaintAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long complaintId;
    private String fileName;
    private String mediaType;
    private long sizeBytes;
    private Integer pageCount;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private LocalDate attachedOn;

    protected ComplaintAttachment() {}

    ComplaintAttachment(long complaintId, PaperUploads.Accepted file, LocalDate attachedOn) {
        this.complaintId = complaintId;
        this.fileName = file.fileName();
        this.mediaType = file.read().mediaType();
        this.sizeBytes = file.size();
        this.pageCount = file.read().pageCount();
        this.content = file.content();
        this.attachedOn = attachedOn;
    }

    /** "PDF, 120 KB, 3 pages". */
    public String description() {
        return DocumentReader.describe(mediaType, sizeBytes, pageCount);
    }

    public Long getId() {
        return id;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content;
    }

    public LocalDate getAttachedOn() {
        return attachedOn;
    }
}
