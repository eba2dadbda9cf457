package org.scrutiny.accounts;

public enum Role {
    ADMIN("Administrator"),
    SECRETARIAT("Secretariat"),
    MEMBER("Panel member"),
    OPCC("Office of the Police and Crime Commissioner");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
