package org.scrutiny.membership.domain;

import java.time.LocalDate;
import org.scrutiny.shared.BusinessRuleViolation;

/** A start date and an optional end date, both inclusive. */
public record Term(LocalDate start, LocalDate end) {

    public Term {
        if (start == null) {
            throw new IllegalArgumentException("A term needs a start date");
        }
        if (end != null && end.isBefore(start)) {
            throw new BusinessRuleViolation("end", "The end date must be the same as or after the start date");
        }
    }

    public boolean includes(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    public boolean overlaps(Term other) {
        boolean thisStartsBeforeOtherEnds = other.end == null || !start.isAfter(other.end);
        boolean otherStartsBeforeThisEnds = end == null || !other.start.isAfter(end);
        return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    public boolean endedBefore(LocalDate date) {
        return end != null && end.isBefore(date);
    }
}
