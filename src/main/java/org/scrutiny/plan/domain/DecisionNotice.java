package org.scrutiny.plan.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.scrutiny.publishing.PaperUploads;

/** The published notice of a decision, as the office uploaded it; a new upload replaces it. */
@Entity
@Table(name = "plan_decision_notice")
@Audited
public class DecisionNotice {

    @Id
    private Long decisionId;

    private String fileName;
    private String mediaType;
    private long sizeBytes;
    private Integer pageCount;

    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private LocalDate uploadedOn;

    @Version
    private long version;

    protected DecisionNotice() {}

    DecisionNotice(long decisionId, PaperUploads.Accepted file, LocalDate on) {
        this.decisionId = decisionId;
        replace(file, on);
    }

    void replace(PaperUploads.Accepted file, LocalDate on) {
        this.fileName = file.fileName();
        this.mediaType = file.read().mediaType();
        this.sizeBytes = file.size();
        this.pageCount = file.read().pageCount();
        this.content = file.content();
        this.uploadedOn = on;
    }

    /** "PDF, 3 pages" or "Word document". */
    public String description() {
        String kind = "application/pdf".equals(mediaType) ? "PDF" : "Word document";
        return pageCount == null ? kind : kind + ", " + pageCount + (pageCount == 1 ? " page" : " pages");
    }

    public Long getDecisionId() {
        return decisionId;
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

    public LocalDate getUploadedOn() {
        return uploadedOn;
    }
}
