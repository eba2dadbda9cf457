package org.scrutiny.meetings.web;

import jakarta.validation.constraints.Size;
import org.scrutiny.shared.web.DateInput;

/** Planning a meeting, with the option of adding the venue it will be held at on the way. */
public class MeetingForm {

    static final String NEW_VENUE = "new";
    static final String NO_VENUE = "none";

    private String kind = "ORDINARY";

    @Size(max = 200, message = "The title must be 200 characters or fewer")
    private String title;

    private DateInput date = new DateInput();

    @Size(max = 100, message = "The description of the date must be 100 characters or fewer")
    private String dateNote;

    private String startTime;
    private String venue = NO_VENUE;

    @Size(max = 200, message = "The venue's name must be 200 characters or fewer")
    private String newVenueName;

    @Size(max = 500, message = "The address must be 500 characters or fewer")
    private String newVenueAddress;

    @Size(max = 100, message = "The town must be 100 characters or fewer")
    private String newVenueTown;

    @Size(max = 10, message = "The postcode must be 10 characters or fewer")
    private String newVenuePostcode;

    private String confirmed = "yes";

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

    public DateInput getDate() {
        return date;
    }

    public void setDate(DateInput date) {
        this.date = date;
    }

    public String getDateNote() {
        return dateNote;
    }

    public void setDateNote(String dateNote) {
        this.dateNote = dateNote;
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

    public String getNewVenueName() {
        return newVenueName;
    }

    public void setNewVenueName(String newVenueName) {
        this.newVenueName = newVenueName;
    }

    public String getNewVenueAddress() {
        return newVenueAddress;
    }

    public void setNewVenueAddress(String newVenueAddress) {
        this.newVenueAddress = newVenueAddress;
    }

    public String getNewVenueTown() {
        return newVenueTown;
    }

    public void setNewVenueTown(String newVenueTown) {
        this.newVenueTown = newVenueTown;
    }

    public String getNewVenuePostcode() {
        return newVenuePostcode;
    }

    public void setNewVenuePostcode(String newVenuePostcode) {
        this.newVenuePostcode = newVenuePostcode;
    }

    public String getConfirmed() {
        return confirmed;
    }

    public void setConfirmed(String confirmed) {
        this.confirmed = confirmed;
    }
}
