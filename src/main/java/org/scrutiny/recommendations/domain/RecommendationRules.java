package org.scrutiny.recommendations.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.scrutiny.shared.BusinessRuleViolation;

/** How long the Commissioner has to respond, and how early the reminder goes out. */
@Entity
@Audited
public class RecommendationRules {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int responseMonths;
    private int reminderWorkingDays;

    @Version
    private long version;

    protected RecommendationRules() {}

    RecommendationRules(int responseMonths, int reminderWorkingDays) {
        change(responseMonths, reminderWorkingDays);
    }

    /** The panel's usual rule: a month to respond, a reminder five working days before. */
    static RecommendationRules defaults() {
        return new RecommendationRules(1, 5);
    }

    public void change(int responseMonths, int reminderWorkingDays) {
        if (responseMonths < 1 || responseMonths > 12) {
            throw new BusinessRuleViolation("responseMonths", "The time to respond must be between 1 and 12 months");
        }
        if (reminderWorkingDays < 1 || reminderWorkingDays > 20) {
            throw new BusinessRuleViolation(
                    "reminderWorkingDays", "The reminder must go between 1 and 20 working days before");
        }
        this.responseMonths = responseMonths;
        this.reminderWorkingDays = reminderWorkingDays;
    }

    public int getResponseMonths() {
        return responseMonths;
    }

    public int getReminderWorkingDays() {
        return reminderWorkingDays;
    }

    public long getVersion() {
        return version;
    }
}
