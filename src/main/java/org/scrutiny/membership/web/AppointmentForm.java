package org.scrutiny.membership.web;

import jakarta.validation.constraints.Size;
import org.scrutiny.membership.Office;
import org.scrutiny.membership.domain.Appointment;
import org.scrutiny.membership.domain.Term;
import org.scrutiny.shared.web.Forms;
import org.springframework.validation.BindingResult;

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

    /** The post as entered, with a field error for a post or term that cannot be read. */
    Appointment.Post post(BindingResult result) {
        Office chosen = Forms.choice(Office.class, office, result, "office", "Select the post");
        Term term = term(result);
        return new Appointment.Post(chosen, Forms.trimmed(jobTitle), Forms.trimmed(organisation), term);
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
