package org.scrutiny.meetings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.scrutiny.shared.web.MultiLine;

public class CancelForm {

    @NotBlank(message = "Enter the reason the meeting is cancelled")
    @Size(max = 500, message = "The reason must be 500 characters or fewer")
    @MultiLine
    private String reason;

    private long version;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
