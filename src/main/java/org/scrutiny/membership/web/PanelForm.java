package org.scrutiny.membership.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Month;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.shared.WorkingDays;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.MultiLine;
import org.springframework.validation.BindingResult;

public class PanelForm {

    @NotBlank(message = "Enter the panel's name")
    @Size(max = 200, message = "The panel's name must be 200 characters or fewer")
    private String name;

    @NotBlank(message = "Enter the police force area")
    @Size(max = 200, message = "The police force area must be 200 characters or fewer")
    private String policeForceArea;

    @NotBlank(message = "Enter the host authority")
    @Size(max = 200, message = "The host authority must be 200 characters or fewer")
    private String hostAuthority;

    @NotBlank(message = "Enter the panel's contact email address")
    @Email(message = "Enter an email address in the correct format, like name@example.org")
    @Size(max = 254, message = "The email address must be 254 characters or fewer")
    private String email;

    @Size(max = 50, message = "The telephone number must be 50 characters or fewer")
    private String telephone;

    @Size(max = 500, message = "The postal address must be 500 characters or fewer")
    @MultiLine
    private String postalAddress;

    @Size(max = 500, message = "The website address must be 500 characters or fewer")
    @Pattern(
            regexp = "\\s*(https?://\\S+)?\\s*",
            flags = Pattern.Flag.CASE_INSENSITIVE,
            message =
                    "Enter the website address in full, starting with https://, for example https://www.example.gov.uk")
    private String website;

    private String municipalYearStart = "5";
    private String region = WorkingDays.Region.ENGLAND.name();
    private long version;

    /** The panel's details as typed, once the fields are valid; a month or region that is not a choice is an error. */
    PanelDetails details(BindingResult result) {
        Month start = null;
        try {
            start = Month.of(Integer.parseInt(municipalYearStart));
        } catch (RuntimeException e) {
            result.rejectValue("municipalYearStart", "month", "Select the month the municipal year starts");
        }
        WorkingDays.Region chosen = Forms.choice(
                WorkingDays.Region.class,
                region,
                result,
                "region",
                "Select whether the panel follows the bank holidays of England or of Wales");
        if (result.hasErrors()) {
            return null;
        }
        return new PanelDetails(
                name.trim(),
                policeForceArea.trim(),
                hostAuthority.trim(),
                email.trim(),
                Forms.trimmed(telephone),
                Forms.trimmed(postalAddress),
                Forms.trimmed(website),
                start,
                chosen);
    }

    static PanelForm of(PanelDetails panel, long version) {
        PanelForm form = new PanelForm();
        form.name = panel.configured() ? panel.name() : null;
        form.policeForceArea = panel.policeForceArea();
        form.hostAuthority = panel.hostAuthority();
        form.email = panel.email();
        form.telephone = panel.telephone();
        form.postalAddress = panel.postalAddress();
        form.website = panel.website();
        form.municipalYearStart = Integer.toString(panel.municipalYearStart().getValue());
        form.region = panel.region().name();
        form.version = version;
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPoliceForceArea() {
        return policeForceArea;
    }

    public void setPoliceForceArea(String policeForceArea) {
        this.policeForceArea = policeForceArea;
    }

    public String getHostAuthority() {
        return hostAuthority;
    }

    public void setHostAuthority(String hostAuthority) {
        this.hostAuthority = hostAuthority;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = telephone;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(String postalAddress) {
        this.postalAddress = postalAddress;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getMunicipalYearStart() {
        return municipalYearStart;
    }

    public void setMunicipalYearStart(String municipalYearStart) {
        this.municipalYearStart = municipalYearStart;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
