package org.scrutiny.annualreport.web;

import org.scrutiny.shared.web.MultiLine;

/** The words the secretariat types into a year's annual report. */
public class AnnualReportForm {

    @MultiLine
    private String foreword;

    @MultiLine
    private String narrative;

    private long version;

    public String getForeword() {
        return foreword;
    }

    public void setForeword(String foreword) {
        this.foreword = foreword;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
