package org.scrutiny.complaints.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/**
 * A letter sent about a complaint, kept as it was sent: the accessible PDF for the post, and the
 * same words as the email when one went. Not audited: a letter is never changed, and is deleted
 * with the complainant's other personal data.
 */
@Entity
public class ComplaintLetter {

    public enum Kind {
        ACKNOWLEDGEMENT("Acknowledgement"),
        RECORDING_DECISION("Recording decision"),
        COPY_TO_SUBJECT("Copy of the complaint"),
        DISAPPLICATION("Disapplication decision"),
        WITHDRAWAL("Withdrawal confirmed"),
        OUTCOME("Outcome of informal resolution");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Addressee {
        COMPLAINANT("The complainant"),
        PERSON_COMPLAINED_AGAINST("The person complained against");

        private final String label;

        Addressee(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long complaintId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    private Addressee addressee;

    private LocalDate writtenOn;
    private String subjectLine;
    private String body;

    @Basic(fetch = FetchType.LAZY)
    private byte[] pdf;

    private boolean emailed;

    protected ComplaintLetter() {}

    ComplaintLetter(
            long complaintId,
            Kind kind,
            Addressee addressee,
            LocalDate writtenOn,
            String subjectLine,
            String body,
            byte[] pdf,
            boolean emailed) {
        this.complaintId = complaintId;
        this.kind = kind;
        this.addressee = addressee;
        this.writtenOn = writtenOn;
        this.subjectLine = subjectLine;
        this.body = body;
        this.pdf = pdf;
        this.emailed = emailed;
    }

    public Long getId() {
        return id;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public Kind getKind() {
        return kind;
    }

    public Addressee getAddressee() {
        return addressee;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public String getSubjectLine() {
        return subjectLine;
    }

    public String getBody() {
        return body;
    }

    public byte[] getPdf() {
        return pdf;
    }

    public boolean isEmailed() {
        return emailed;
    }
}
