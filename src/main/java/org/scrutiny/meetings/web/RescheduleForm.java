package org.scrutiny.meetings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.scrutiny.shared.web.DateInput;
import org.scrutiny.shared.web.MultiLine;

public class RescheduleForm {

    private DateInput date = new DateInput();
    private String startTime;
    private String venue = MeetingForm.NO_VENUE;

    @NotBlank(message = "Enter the reason the meeting is moving")
    @Size(max = 500, message = "The reason must be 500 characters or fewer")
    @MultiLine
    private String reason;

    private long version;

    public DateInput getDate() {
        return date;
    }

    public void setDate(DateInput date) {
        this.date = date;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

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
