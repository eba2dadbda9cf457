package org.scrutiny.membership.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class AuthorityForm {

    @NotBlank(message = "Enter the authority's name")
    @Size(max = 200, message = "The name must be 200 characters or fewer")
    private String name;

    private long version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
