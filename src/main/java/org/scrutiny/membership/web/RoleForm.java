package org.scrutiny.membership.web;

public class RoleForm {

    private String municipalYear;
    private String role = "MEMBER";

    public String getMunicipalYear() {
        return municipalYear;
    }

    public void setMunicipalYear(String municipalYear) {
        this.municipalYear = municipalYear;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
