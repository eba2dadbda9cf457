package org.scrutiny.plan.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.scrutiny.shared.BusinessRuleViolation;

/**
 * A formal decision of the Commissioner, or one expected: a key decision the office expects to
 * take by a date is on the forward plan until it is taken. Its published notice is linked; an
 * exempt part is withheld with the reason.
 */
@Entity
@Audited
public class PlanDecision {

    /** What the office records of a decision. */
    public record Details(
            String reference,
            String title,
            String summary,
            String decisionMaker,
            Long themeId,
            Long deliverableId,
            boolean keyDecision,
            Long valuePence,
            LocalDate expectedOn,
            LocalDate decidedOn,
            String noticeUrl,
            String exemptReason,
            Long recommendationId) {

        /** A decision that answers no recommendation of the panel. */
        public Details(
                String reference,
                String title,
                String summary,
                String decisionMaker,
                Long themeId,
                Long deliverableId,
                boolean keyDecision,
                Long valuePence,
                LocalDate expectedOn,
                LocalDate decidedOn,
                String noticeUrl,
                String exemptReason) {
            this(
                    reference,
                    title,
                    summary,
                    decisionMaker,
                    themeId,
                    deliverableId,
                    keyDecision,
                    valuePence,
                    expectedOn,
                    decidedOn,
                    noticeUrl,
                    exemptReason,
                    null);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;
    private String title;
    private String summary;
    private String decisionMaker;
    private Long themeId;
    private Long deliverableId;
    private boolean keyDecision;
    private Long valuePence;
    private LocalDate expectedOn;
    private LocalDate decidedOn;
    private String noticeUrl;
    private String exemptReason;
    private Long recommendationId;

    @Version
    private long version;

    protected PlanDecision() {}

    PlanDecision(Details details) {
        describe(details);
    }

    void describe(Details details) {
        if (details.expectedOn() == null && details.decidedOn() == null) {
            throw new BusinessRuleViolation("decidedOn", "Give the day it was taken, or the day it is expected");
        }
        if (details.valuePence() != null && details.valuePence() < 0) {
            throw new BusinessRuleViolation("value", "The value cannot be negative");
        }
        this.reference = details.reference();
        this.title = details.title();
        this.summary = details.summary();
        this.decisionMaker = details.decisionMaker();
        this.themeId = details.themeId();
        this.deliverableId = details.deliverableId();
        this.keyDecision = details.keyDecision();
        this.valuePence = details.valuePence();
        this.expectedOn = details.expectedOn();
        this.decidedOn = details.decidedOn();
        this.noticeUrl = details.noticeUrl();
        this.exemptReason = details.exemptReason();
        this.recommendationId = details.recommendationId();
    }

    public boolean isTaken() {
        return decidedOn != null;
    }

    /** "£1,250.00", or null when it has no value. */
    public String value() {
        return valuePence == null
                ? null
                : "£" + String.format("%,d", valuePence / 100) + "." + String.format("%02d", valuePence % 100);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getDecisionMaker() {
        return decisionMaker;
    }

    public Long getThemeId() {
        return themeId;
    }

    public Long getDeliverableId() {
        return deliverableId;
    }

    public boolean isKeyDecision() {
        return keyDecision;
    }

    public Long getValuePence() {
        return valuePence;
    }

    public LocalDate getExpectedOn() {
        return expectedOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getNoticeUrl() {
        return noticeUrl;
    }

    public String getExemptReason() {
        return exemptReason;
    }

    public Long getRecommendationId() {
        return recommendationId;
    }

    public long getVersion() {
        return version;
    }
}
