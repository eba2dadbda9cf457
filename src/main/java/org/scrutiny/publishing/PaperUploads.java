package org.scrutiny.publishing;

import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.TypedText;
import org.scrutiny.shared.UploadedFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * What every upload of a paper goes through, whatever it is attached to: the size limit, a name
 * safe to show and send, and the reading of its content. A file refused is refused on the form's
 * file field, with the reason.
 */
@Component
public class PaperUploads {

    /** A file accepted: its cleaned name, its bytes, and what was read from them. */
    public record Accepted(String fileName, byte[] content, DocumentReader.Read read) {

        public long size() {
            return content.length;
        }
    }

    private final DocumentReader reader;
    private final DataSize most;

    PaperUploads(DocumentReader reader, @Value("${scrutiny.uploads.max-size:20MB}") DataSize most) {
        this.reader = reader;
        this.most = most;
    }

    /** "20 MB", for the form's hint. */
    public String limit() {
        return most.toMegabytes() >= 1 ? most.toMegabytes() + " MB" : most.toKilobytes() + " KB";
    }

    public Accepted accept(UploadedFile sent) {
        if (sent.size() > most.toBytes()) {
            throw new BusinessRuleViolation("file", "The selected file must be smaller than " + limit());
        }
        String name = TypedText.fileName(sent.fileName());
        return new Accepted(name, sent.content(), reader.read(sent.content(), name));
    }
}
