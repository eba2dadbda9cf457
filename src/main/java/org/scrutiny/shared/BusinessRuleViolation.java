package org.scrutiny.shared;

/**
 * An aggregate refused a change that breaks one of the panel's rules. The message is written
 * for the person who asked for the change; {@code field} names the form field it concerns, if any.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final String field;

    public BusinessRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public BusinessRuleViolation(String message) {
        this(null, message);
    }

    public String field() {
        return field;
    }
}
