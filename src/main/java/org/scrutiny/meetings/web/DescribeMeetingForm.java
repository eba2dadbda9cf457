package org.scrutiny.meetings.web;

import jakarta.validation.constraints.Size;

public class DescribeMeetingForm {

    private String kind;

    @Size(max = 200, message = "The title must be 200 characters or fewer")
    private String title;

    @Size(max = 100, message = "The description of the date must be 100 characters or fewer")
    private String dateNote;

    private long version;

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

    public String getDateNote() {
        return dateNote;
    }

    public void setDateNote(String dateNote) {
        this.dateNote = dateNote;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
