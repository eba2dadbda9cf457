package org.scrutiny.agenda.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.hibernate.envers.Audited;
import org.scrutiny.agenda.QuestionDeadlineRule;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.WorkingDays;

/** How much notice the panel gives of a meeting, and until when it takes public questions. */
@Entity
@Audited
public class NoticeRules {

    /** The Local Government Act 1972 s.100A: five clear days' notice of a meeting. */
    public static final int STATUTORY_CLEAR_WORKING_DAYS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clear_working_days")
    private int clearWorkingDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_rule")
    private QuestionDeadlineRule questionRule;

    private int questionDays;
    private LocalTime questionTime;

    @Version
    private long version;

    protected NoticeRules() {}

    public NoticeRules(
            int clearWorkingDays, QuestionDeadlineRule questionRule, int questionDays, LocalTime questionTime) {
        change(new Change(clearWorkingDays, questionRule, questionDays, questionTime));
    }

    /** Until the secretariat sets its own: the law's five clear working days, and Cambridgeshire's question rule. */
    public static NoticeRules defaults() {
        return new NoticeRules(
                STATUTORY_CLEAR_WORKING_DAYS, QuestionDeadlineRule.WORKING_DAYS_AFTER_PUBLICATION, 3, LocalTime.NOON);
    }

    /** The rules as the secretariat sets them: days of notice, and how the public question deadline is counted. */
    public record Change(
            int clearWorkingDays, QuestionDeadlineRule questionRule, int questionDays, LocalTime questionTime) {}

    public void change(Change change) {
        int clearWorkingDays = change.clearWorkingDays();
        QuestionDeadlineRule questionRule = change.questionRule();
        int questionDays = change.questionDays();
        LocalTime questionTime = change.questionTime();
        if (clearWorkingDays < STATUTORY_CLEAR_WORKING_DAYS) {
            throw new BusinessRuleViolation(
                    "clearWorkingDays",
                    "The law requires at least " + STATUTORY_CLEAR_WORKING_DAYS + " clear working days' notice");
        }
        if (clearWorkingDays > 30) {
            throw new BusinessRuleViolation("clearWorkingDays", "Enter 30 clear working days or fewer");
        }
        if (questionDays < 1 || questionDays > 60) {
            throw new BusinessRuleViolation("questionDays", "Enter a number of days between 1 and 60");
        }
        this.clearWorkingDays = clearWorkingDays;
        this.questionRule = questionRule;
        this.questionDays = questionDays;
        this.questionTime = questionTime;
    }

    /** The last day the agenda of a meeting on {@code meetingDate} may be published, on the panel's calendar. */
    public LocalDate latestPublication(WorkingDays calendar, LocalDate meetingDate) {
        return calendar.latestDayWithClearWorkingDaysBefore(meetingDate, clearWorkingDays);
    }

    /** The question deadline for a meeting whose agenda is (or is to be) published on {@code publication}. */
    public LocalDateTime questionDeadline(WorkingDays calendar, LocalDate meetingDate, LocalDate publication) {
        LocalDate day =
                switch (questionRule) {
                    case WORKING_DAYS_AFTER_PUBLICATION -> calendar.workingDaysAfter(publication, questionDays);
                    case CLEAR_WORKING_DAYS_BEFORE_MEETING -> calendar.latestDayWithClearWorkingDaysBefore(
                            meetingDate, questionDays);
                    case CALENDAR_DAYS_BEFORE_MEETING -> meetingDate.minusDays(questionDays);
                };
        return day.atTime(questionTime);
    }

    /** How the rule reads on an agenda: "12 noon on the 3rd working day after the agenda is published". */
    public String describeQuestionRule() {
        String time = questionTime.equals(LocalTime.NOON) ? "12 noon" : questionTime.toString();
        return switch (questionRule) {
            case WORKING_DAYS_AFTER_PUBLICATION -> time + " on the " + ordinal(questionDays)
                    + " working day after the agenda is published";
            case CLEAR_WORKING_DAYS_BEFORE_MEETING -> time + ", " + questionDays
                    + " clear working days before the meeting";
            case CALENDAR_DAYS_BEFORE_MEETING -> time + ", " + questionDays + " days before the meeting";
        };
    }

    private static String ordinal(int n) {
        String suffix = (n % 100 >= 11 && n % 100 <= 13)
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    public Long getId() {
        return id;
    }

    public int getClearWorkingDays() {
        return clearWorkingDays;
    }

    public QuestionDeadlineRule getQuestionRule() {
        return questionRule;
    }

    public int getQuestionDays() {
        return questionDays;
    }

    public LocalTime getQuestionTime() {
        return questionTime;
    }

    public long getVersion() {
        return version;
    }
}
