package org.scrutiny.shared.web;

/** The period a figures page asks for: from one day to another, both included. */
public class PeriodForm {
    private DateInput from = new DateInput();
    private DateInput to = new DateInput();

    public DateInput getFrom() {
        return from;
    }

    public void setFrom(DateInput from) {
        this.from = from;
    }

    public DateInput getTo() {
        return to;
    }

    public void setTo(DateInput to) {
        this.to = to;
    }
}
