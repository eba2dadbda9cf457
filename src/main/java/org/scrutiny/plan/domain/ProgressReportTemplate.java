package org.scrutiny.plan.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.papers.ReportTemplates;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.London;
import org.springframework.stereotype.Component;

/**
 * The reports on how the plan is being delivered, drafted from the deliverables' histories: the
 * six-monthly progress report covers the six months before the meeting, and the Commissioner's
 * annual report (s.12) the last financial year ended before it. Each says what was delivered,
 * what slipped and why (the notes written when the status changed), and what fell due and is
 * still open.
 */
@Component
class ProgressReportTemplate implements ReportTemplates {

    private final PlanService plans;

    ProgressReportTemplate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public boolean drafts(ItemPurpose purpose) {
        return purpose == ItemPurpose.PLAN_PROGRESS || purpose == ItemPurpose.COMMISSIONER_ANNUAL_REPORT;
    }

    @Override
    public String source() {
        return "the history of the Police and Crime Plan's deliverables";
    }

    @Override
    public Optional<Draft> draftFor(ItemPurpose purpose, LocalDate meetingDay) {
        return switch (purpose) {
            case PLAN_PROGRESS -> plans.progress(meetingDay.minusMonths(6), meetingDay)
                    .map(progress -> draft(progress, "six-monthly progress report on delivery"));
            case COMMISSIONER_ANNUAL_REPORT -> {
                LocalDate yearEnd = LocalDate.of(meetingDay.getYear(), Month.MARCH, 31);
                LocalDate to = yearEnd.isBefore(meetingDay) ? yearEnd : yearEnd.minusYears(1);
                yield plans.progress(to.minusYears(1).plusDays(1), to)
                        .map(progress -> draft(progress, "annual report for the financial year"));
            }
            default -> Optional.empty();
        };
    }

    static Draft draft(PlanService.Progress progress, String what) {
        String period = DisplayFormats.dayOf(progress.from()) + " to " + DisplayFormats.dayOf(progress.to());
        List<String> issues = new ArrayList<>();
        int delivered = 0;
        int slipped = 0;
        for (PlanService.ThemeProgress theme : progress.themes()) {
            issues.add(theme.theme().getName() + ".");
            if (theme.delivered().isEmpty()
                    && theme.slipped().isEmpty()
                    && theme.overdue().isEmpty()) {
                issues.add("No deliverable of this theme changed or fell due in the period.");
            }
            for (PlanService.Change change : theme.delivered()) {
                issues.add("Delivered: " + change.deliverable().getTitle() + " ("
                        + DisplayFormats.dayOf(change.update().getAt().atZone(London.ZONE)) + ").");
                delivered++;
            }
            for (PlanService.Change change : theme.slipped()) {
                issues.add(change.update().getStatus().label() + ": "
                        + change.deliverable().getTitle() + ". Why: "
                        + change.update().getNote());
                slipped++;
            }
            for (Deliverable open : theme.overdue()) {
                issues.add("Due " + DisplayFormats.dayOf(open.getDueOn()) + " and still "
                        + open.getStatus().label().toLowerCase(Locale.UK) + ": " + open.getTitle() + ".");
            }
        }
        return new Draft(
                "To report to the Panel on the delivery of the Commissioner's "
                        + progress.plan().getTitle() + " from " + period + ": the Commissioner's " + what + ".",
                "The Panel is recommended to note the report and to make any recommendations to the Commissioner.",
                "Item 6: to review or scrutinise decisions made, or other action taken, by the Commissioner in"
                        + " connection with the discharge of the Commissioner's functions.",
                "The Panel receives a report on delivery of the Plan twice a year: the Commissioner's annual report at the"
                        + " end of the financial year, and an interim report after six months.\n"
                        + "In the period " + delivered + " deliverable" + (delivered == 1 ? " was" : "s were")
                        + " delivered, and " + slipped + " change" + (slipped == 1 ? "" : "s")
                        + " of status recorded a deliverable at risk, deferred or dropped.",
                String.join("\n", issues),
                null,
                null,
                "The Panel's recommendations on this report go to the Commissioner through its recommendations tracker.",
                "The Commissioner's " + progress.plan().getTitle()
                        + (progress.plan().getDocumentUrl() == null
                                ? ""
                                : ": " + progress.plan().getDocumentUrl()),
                null);
    }
}
