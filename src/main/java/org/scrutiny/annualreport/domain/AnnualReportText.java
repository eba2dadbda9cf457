package org.scrutiny.annualreport.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.List;
import org.hibernate.envers.Audited;

/** The Chair's foreword and the narrative of one year's annual report: the only words typed into it. */
@Entity
@Audited
public class AnnualReportText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int startYear;
    private String foreword = "";
    private String narrative = "";

    @Version
    private long version;

    protected AnnualReportText() {}

    AnnualReportText(int startYear) {
        this.startYear = startYear;
    }

    void write(String foreword, String narrative) {
        this.foreword = foreword == null ? "" : foreword;
        this.narrative = narrative == null ? "" : narrative;
    }

    public List<String> forewordParagraphs() {
        return paragraphs(foreword);
    }

    public List<String> narrativeParagraphs() {
        return paragraphs(narrative);
    }

    private static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public Long getId() {
        return id;
    }

    public int getStartYear() {
        return startYear;
    }

    public String getForeword() {
        return foreword;
    }

    public String getNarrative() {
        return narrative;
    }

    public long getVersion() {
        return version;
    }
}
