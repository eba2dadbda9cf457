package org.scrutiny.shared;

import java.util.Optional;

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

    /** The refusal that caused {@code failure}, however deeply the transaction manager wrapped it. */
    public static Optional<BusinessRuleViolation> within(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BusinessRuleViolation refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    public String field() {
        return field;
    }
}
