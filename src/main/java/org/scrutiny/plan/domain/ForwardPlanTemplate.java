package org.scrutiny.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.papers.ReportTemplates;
import org.scrutiny.shared.DisplayFormats;
import org.springframework.stereotype.Component;

/**
 * The forward plan report, the standing item the panel asked for on 2 February 2022, drafted in
 * the standard template from the deliverables due in the coming months: the office edits it
 * before submitting it, instead of the secretariat retyping the lists.
 */
@Component
class ForwardPlanTemplate implements ReportTemplates {

    private final PlanService plans;

    ForwardPlanTemplate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public boolean drafts(ItemPurpose purpose) {
        return purpose == ItemPurpose.FORWARD_PLAN;
    }

    @Override
    public String source() {
        return "the Police and Crime Plan's deliverables";
    }

    @Override
    public Optional<Draft> draftFor(ItemPurpose purpose, LocalDate meetingDay) {
        if (purpose != ItemPurpose.FORWARD_PLAN) {
            return Optional.empty();
        }
        return plans.forwardPlan(meetingDay).map(ForwardPlanTemplate::draft);
    }

    static Draft draft(PlanService.ForwardPlan forward) {
        String plan = forward.plan().getTitle();
        List<String> themeNames =
                forward.themes().stream().map(t -> t.theme().getName()).toList();
        List<String> keyIssues = new ArrayList<>();
        keyIssues.add("This section sets out the deliverables of the Delivery Plan due by "
                + DisplayFormats.dayOf(forward.until())
                + ". Much of the work involves partners, so timescales may change.");
        for (PlanService.ThemeWithDeliverables theme : forward.themes()) {
            keyIssues.add(theme.theme().getName() + ". What we will do: "
                    + theme.theme().getWhatWeWillDo());
            if (theme.deliverables().isEmpty()) {
                keyIssues.add("No deliverable of this theme is due in the period.");
            }
            for (Deliverable deliverable : theme.deliverables()) {
                boolean overdue = deliverable.getDueOn().isBefore(forward.from());
                keyIssues.add("– " + deliverable.getTitle() + " (due " + DisplayFormats.dayOf(deliverable.getDueOn())
                        + (overdue ? ", overdue" : "")
                        + ", " + deliverable.getStatus().label().toLowerCase()
                        + (deliverable.getLead() == null ? "" : "; lead: " + deliverable.getLead()) + ")");
            }
        }
        return new Draft(
                "To update the Panel on the approach to delivering the Commissioner's " + plan
                        + ": what will be delivered in the coming months.",
                "The Panel is recommended to note the report.",
                "Item 6: to review or scrutinise decisions made, or other action taken, by the Commissioner in"
                        + " connection with the discharge of the Commissioner's functions.\n"
                        + "Item 8: to support the effective exercise of the functions of the Commissioner.",
                "The Panel scrutinises and supports the Commissioner in delivering the themes and deliverables of his"
                        + " Plan, and asked for a forward plan covering the following six to nine months as a standing item.\n"
                        + "The Plan is structured around " + themeNames.size() + " themes: "
                        + String.join(", ", themeNames)
                        + ".\n"
                        + "The key deliverables of each theme due between " + DisplayFormats.dayOf(forward.from())
                        + " and " + DisplayFormats.dayOf(forward.until()) + " are set out below.",
                String.join("\n", keyIssues),
                null,
                null,
                "The Commissioner holds the Chief Constable to account for performance through reports to his Business"
                        + " Co-ordination Board.\n"
                        + "The Panel will receive an update twice a year: the Commissioner's Annual Report at the end of"
                        + " the financial year, and an interim report on delivery after six months.",
                "The Commissioner's " + plan
                        + (forward.plan().getDocumentUrl() == null
                                ? ""
                                : ": " + forward.plan().getDocumentUrl()),
                null);
    }
}
