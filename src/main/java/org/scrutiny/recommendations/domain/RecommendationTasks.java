package org.scrutiny.recommendations.domain;

import java.time.LocalDate;
import java.util.List;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.tasks.Desk;
import org.scrutiny.shared.tasks.Task;
import org.scrutiny.shared.tasks.TaskGroup;
import org.scrutiny.shared.tasks.TaskSource;
import org.springframework.stereotype.Component;

/**
 * Responses the Commissioner owes: the OPCC sees every one outstanding, to write; the secretariat
 * sees those overdue, to chase or to record when the letter comes.
 */
@Component
class RecommendationTasks implements TaskSource {

    private final RecommendationService recommendations;

    RecommendationTasks(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public List<TaskGroup> tasks(Desk desk, LocalDate today) {
        return switch (desk) {
            case OPCC -> List.of(TaskGroup.of(
                    "Responses to the panel's recommendations",
                    outstanding(today, false, "Respond to "),
                    "/reports/recommendations"));
            case SECRETARIAT -> List.of(TaskGroup.of(
                    "Responses overdue from the Commissioner",
                    outstanding(today, true, "Chase or record the response to "),
                    "/manage/recommendations"));
            case MEMBER, COMPLAINTS, REVIEWS -> List.of();
        };
    }

    private List<Task> outstanding(LocalDate today, boolean overdueOnly, String verb) {
        return recommendations.outstanding().stream()
                .filter(r -> !overdueOnly || r.statusOn(today) == Recommendation.Status.OVERDUE)
                .map(r -> Task.due(
                        verb + "“" + r.getTitle() + "” (sent " + DisplayFormats.dayOf(r.getSentOn()) + ")",
                        "/reports/recommendations/" + r.getId(),
                        r.getResponseDue(),
                        today))
                .toList();
    }
}
