package org.scrutiny.meetings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.scrutiny.shared.web.MultiLine;

public class ItemForm {

    @NotBlank(message = "Enter the title of the item")
    @Size(max = 300, message = "The title must be 300 characters or fewer")
    private String title;

    @Size(max = 500, message = "The note must be 500 characters or fewer")
    @MultiLine
    private String note;

    private String purpose = "OTHER";

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
