package org.scrutiny.membership.web;

import jakarta.validation.constraints.Size;
import org.scrutiny.membership.domain.Appointment;

public class AppointmentForm extends TermForm {

    private String office;

    @Size(max = 200, message = "The job title must be 200 characters or fewer")
    private String jobTitle;

    @Size(max = 200, message = "The organisation must be 200 characters or fewer")
    private String organisation;

    static AppointmentForm of(Appointment appointment) {
        AppointmentForm form = new AppointmentForm();
        form.office = appointment.getOffice().name();
        form.jobTitle = appointment.getJobTitle();
        form.organisation = appointment.getOrganisation();
        form.fill(appointment.term(), appointment.getVersion());
        return form;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
