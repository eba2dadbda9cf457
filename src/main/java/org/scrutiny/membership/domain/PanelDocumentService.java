package org.scrutiny.membership.domain;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.scrutiny.publishing.PaperUploads;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.scrutiny.shared.UploadedFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The panel's own documents: uploaded by the secretariat, listed and sent on the panel's page. */
@Service
@Transactional
public class PanelDocumentService {

    private static final Comparator<PanelDocument> IN_ORDER = Comparator.comparing(PanelDocument::getKind)
            .thenComparing(PanelDocument::getTitle, String.CASE_INSENSITIVE_ORDER);

    private final PanelDocuments documents;
    private final PanelDocumentContents contents;
    private final PaperUploads uploads;
    private final Clock clock;

    PanelDocumentService(PanelDocuments documents, PanelDocumentContents contents, PaperUploads uploads, Clock clock) {
        this.documents = documents;
        this.contents = contents;
        this.uploads = uploads;
        this.clock = clock;
    }

    /** The largest file that may be uploaded, as the form's hint says it: "20 MB". */
    public String uploadLimit() {
        return uploads.limit();
    }

    @Transactional(readOnly = true)
    public List<PanelDocument> documents() {
        return documents.findAll().stream().sorted(IN_ORDER).toList();
    }

    @Transactional(readOnly = true)
    public PanelDocument document(long id) {
        return documents.findById(id).orElseThrow(() -> new RecordNotFoundException("Panel document", id));
    }

    /** The bytes of a document, as uploaded. */
    @Transactional(readOnly = true)
    public byte[] content(long id) {
        return contents.findById(id)
                .map(PanelDocumentContent::content)
                .orElseThrow(() -> new RecordNotFoundException("Panel document", id));
    }

    /** Reads and keeps a document; one that is not a readable PDF or Word document is refused on the file. */
    public PanelDocument upload(PanelDocument.Kind kind, String title, UploadedFile sent) {
        PaperUploads.Accepted accepted = uploads.accept(sent);
        String shownAs = title == null || title.isBlank() ? kind.label() : title;
        PanelDocument document = documents.saveAndFlush(new PanelDocument(
                kind, shownAs, accepted.fileName(), accepted.size(), accepted.read(), clock.instant()));
        contents.save(new PanelDocumentContent(document.getId(), accepted.content()));
        return document;
    }

    /** Takes a document off the panel's page, unless it changed since the page that asked was shown. */
    public void remove(long id, long expectedVersion) {
        PanelDocument document = document(id);
        StaleRecordException.check(expectedVersion, document.getVersion());
        contents.deleteById(id);
        documents.delete(document);
    }
}
