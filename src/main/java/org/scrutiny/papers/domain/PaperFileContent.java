package org.scrutiny.papers.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The bytes of an uploaded file, as uploaded. Never changed: a new upload is a new file. */
@Entity
class PaperFileContent {

    @Id
    private Long paperFileId;

    private byte[] content;

    protected PaperFileContent() {}

    PaperFileContent(long paperFileId, byte[] content) {
        this.paperFileId = paperFileId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
