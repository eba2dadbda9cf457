package org.scrutiny.membership.web;

import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/** A document of the panel to upload: what it is, how the page names it, and the file. */
public class PanelDocumentForm {

    private String kind;

    @Size(max = 300, message = "The title must be 300 characters or fewer")
    private String title;

    private MultipartFile file;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
