package org.scrutiny.membership.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.scrutiny.membership.domain.Person;
import org.scrutiny.shared.web.Forms;

public class PersonForm {

    @NotBlank(message = "Enter the first name or initials")
    @Size(max = 100, message = "The first name or initials must be 100 characters or fewer")
    private String givenName;

    @NotBlank(message = "Enter the last name")
    @Size(max = 100, message = "The last name must be 100 characters or fewer")
    private String familyName;

    @Email(message = "Enter an email address in the correct format, like name@example.org")
    @Size(max = 254, message = "The email address must be 254 characters or fewer")
    private String email;

    @Size(max = 50, message = "The telephone number must be 50 characters or fewer")
    private String telephone;

    private long version;

    static PersonForm of(Person person) {
        PersonForm form = new PersonForm();
        form.givenName = person.getGivenName();
        form.familyName = person.getFamilyName();
        form.email = person.getEmail();
        form.telephone = person.getTelephone();
        form.version = person.getVersion();
        return form;
    }

    /** The person as the form describes them, once Bean Validation has passed. */
    Person.Details details() {
        return new Person.Details(givenName.trim(), familyName.trim(), Forms.trimmed(email), Forms.trimmed(telephone));
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
