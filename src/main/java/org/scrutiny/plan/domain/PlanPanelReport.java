package org.scrutiny.plan.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * A report of the panel on the plan, sent to the Commissioner: its review of the draft plan, of his
 * annual report or of a progress report. The report and the Commissioner's response live in the
 * recommendations tracker; this records which plan it was about.
 */
@Entity
@Audited
public class PlanPanelReport {

    public enum Kind {
        DRAFT_PLAN("The panel's review of the draft plan (s.28(3))", "Review of the draft "),
        ANNUAL_REPORT(
                "The panel's report on the Commissioner's annual report (s.28(4))",
                "Report on the annual report on the "),
        PROGRESS_REPORT("The panel's report on a progress report on delivery", "Report on progress in delivering the ");

        private final String label;
        private final String titlePrefix;

        Kind(String label, String titlePrefix) {
            this.label = label;
            this.titlePrefix = titlePrefix;
        }

        public String label() {
            return label;
        }

        String titleFor(PolicePlan plan) {
            return titlePrefix + plan.getTitle();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private long meetingId;
    private long recommendationId;
    private String title;
    private LocalDate sentOn;

    @Version
    private long version;

    protected PlanPanelReport() {}

    PlanPanelReport(long planId, Kind kind, long meetingId, long recommendationId, String title, LocalDate sentOn) {
        this.planId = planId;
        this.kind = kind;
        this.meetingId = meetingId;
        this.recommendationId = recommendationId;
        this.title = title;
        this.sentOn = sentOn;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public Kind getKind() {
        return kind;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getRecommendationId() {
        return recommendationId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public long getVersion() {
        return version;
    }
}
