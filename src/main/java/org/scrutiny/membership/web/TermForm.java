package org.scrutiny.membership.web;

import java.time.LocalDate;
import org.scrutiny.membership.domain.Term;
import org.scrutiny.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** The start and optional end date every membership, substitute and appointment form shares. */
public abstract class TermForm {

    private DateInput start = new DateInput();
    private DateInput end = new DateInput();
    private long version;

    /** The term typed, or null with the problems recorded on {@code result}. */
    Term term(BindingResult result) {
        LocalDate from = start.toDate(result, "start", "the start date", true);
        LocalDate to = end.toDate(result, "end", "the end date", false);
        if (from == null || (to == null && !end.isBlank())) {
            return null;
        }
        if (to != null && to.isBefore(from)) {
            result.rejectValue("end", "term.order", "The end date must be the same as or after the start date");
            return null;
        }
        return new Term(from, to);
    }

    void fill(Term term, long version) {
        this.start = DateInput.of(term.start());
        this.end = DateInput.of(term.end());
        this.version = version;
    }

    public DateInput getStart() {
        return start;
    }

    public void setStart(DateInput start) {
        this.start = start;
    }

    public DateInput getEnd() {
        return end;
    }

    public void setEnd(DateInput end) {
        this.end = end;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
