package org.scrutiny.membership.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The bytes of one of the panel's documents, as uploaded. */
@Entity
class PanelDocumentContent {

    @Id
    private Long panelDocumentId;

    private byte[] content;

    protected PanelDocumentContent() {}

    PanelDocumentContent(long panelDocumentId, byte[] content) {
        this.panelDocumentId = panelDocumentId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
