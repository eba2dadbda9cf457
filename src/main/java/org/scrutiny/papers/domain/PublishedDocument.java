package org.scrutiny.papers.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Locale;

/** A document of a publication, as built. Written once, never changed. */
@Entity
public class PublishedDocument {

    public enum Kind {
        AGENDA("agenda"),
        PACK("agenda-pack"),
        CONFIDENTIAL_PACK("confidential-pack");

        private final String fileName;

        Kind(String fileName) {
            this.fileName = fileName;
        }

        /** The name of the document in its address and when saved. */
        public String fileName() {
            return fileName;
        }
    }

    /** What is known of a document without loading its bytes. */
    public record Info(long id, long publicationId, Kind kind, int pageCount, long sizeBytes, boolean accessible) {

        public String describe() {
            String size = sizeBytes >= 1_000_000
                    ? String.format(Locale.UK, "%.1f MB", sizeBytes / 1_000_000.0)
                    : Math.max(1, Math.round(sizeBytes / 1000.0)) + " KB";
            return "PDF, " + size + ", " + pageCount + (pageCount == 1 ? " page" : " pages");
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long publicationId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private int pageCount;
    private long sizeBytes;
    private boolean accessible;
    private byte[] content;

    protected PublishedDocument() {}

    PublishedDocument(long publicationId, Kind kind, int pageCount, boolean accessible, byte[] content) {
        this.publicationId = publicationId;
        this.kind = kind;
        this.pageCount = pageCount;
        this.accessible = accessible;
        this.content = content;
        this.sizeBytes = content.length;
    }

    public byte[] getContent() {
        return content;
    }

    public Kind getKind() {
        return kind;
    }
}
