package org.scrutiny.meetings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.scrutiny.meetings.domain.Venue;
import org.scrutiny.shared.web.Forms;

public class VenueForm {

    @NotBlank(message = "Enter the name of the venue")
    @Size(max = 200, message = "The name must be 200 characters or fewer")
    private String name;

    @NotBlank(message = "Enter the address of the venue")
    @Size(max = 500, message = "The address must be 500 characters or fewer")
    private String address;

    @NotBlank(message = "Enter the town or city")
    @Size(max = 100, message = "The town or city must be 100 characters or fewer")
    private String town;

    @Size(max = 10, message = "The postcode must be 10 characters or fewer")
    private String postcode;

    private long version;

    static VenueForm of(Venue venue) {
        VenueForm form = new VenueForm();
        form.name = venue.getName();
        form.address = venue.getAddress();
        form.town = venue.getTown();
        form.postcode = venue.getPostcode();
        form.version = venue.getVersion();
        return form;
    }

    /** The venue as the form describes it, once Bean Validation has passed. */
    Venue.Details details() {
        return new Venue.Details(name.trim(), address.trim(), town.trim(), Forms.trimmed(postcode));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
