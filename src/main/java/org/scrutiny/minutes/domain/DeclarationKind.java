package org.scrutiny.minutes.domain;

/** The kinds of interest a member may declare, as codes of conduct name them. */
public enum DeclarationKind {
    DISCLOSABLE_PECUNIARY("Disclosable pecuniary interest"),
    OTHER_REGISTERABLE("Other registerable interest"),
    NON_REGISTERABLE("Non-registerable interest");

    private final String label;

    DeclarationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
