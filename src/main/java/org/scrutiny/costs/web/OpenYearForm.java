package org.scrutiny.costs.web;

/** The financial year to open, by the calendar year it starts in. */
public class OpenYearForm {

    private String startYear;

    public String getStartYear() {
        return startYear;
    }

    public void setStartYear(String startYear) {
        this.startYear = startYear;
    }
}
