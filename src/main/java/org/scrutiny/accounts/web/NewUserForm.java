package org.scrutiny.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class NewUserForm {

    @NotBlank(message = "Enter the email address they will sign in with")
    @Email(message = "Enter an email address in the correct format, like name@example.org")
    @Size(max = 254, message = "The email address must be 254 characters or fewer")
    private String email;

    @NotBlank(message = "Enter their name")
    @Size(max = 200, message = "The name must be 200 characters or fewer")
    private String displayName;

    @Size(max = 200, message = "The password must be 200 characters or fewer")
    private String password;

    private String role = "SECRETARIAT";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
