package org.scrutiny.accounts;

public enum Role {
    ADMIN("Administrator"),
    SECRETARIAT("Secretariat"),
    MEMBER("Panel member"),
    OPCC("Office of the Police and Crime Commissioner"),
    /** The panel's monitoring officer: sees and handles the complaints register. */
    MONITORING_OFFICER("Monitoring officer"),
    /**
     * Someone to whom the panel has delegated the initial handling of complaints (reg 7), such as
     * the OPCC's chief executive: the role is the delegation, and it reaches only the complaints register.
     */
    COMPLAINTS_HANDLER("Complaints handler (by the panel's delegation)"),
    /** The Commissioner's office's review officer: handles requests to review police complaints. */
    REVIEW_OFFICER("OPCC review officer"),
    /** A member of the office's senior management team: quality-assures each review decision. */
    SENIOR_MANAGER("OPCC senior manager");

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
