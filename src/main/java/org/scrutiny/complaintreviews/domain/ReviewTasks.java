package org.scrutiny.complaintreviews.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.tasks.Desk;
import org.scrutiny.shared.tasks.Task;
import org.scrutiny.shared.tasks.TaskGroup;
import org.scrutiny.shared.tasks.TaskSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The office's review requests waiting for someone: to acknowledge, check, confirm, review or quality-assure. */
@Component
@Transactional(readOnly = true)
class ReviewTasks implements TaskSource {

    private static final List<ReviewRequest.Status> OPEN = List.of(
            ReviewRequest.Status.AWAITING_CONFIRMATION,
            ReviewRequest.Status.NOT_STARTED,
            ReviewRequest.Status.IN_REVIEW,
            ReviewRequest.Status.SUSPENDED,
            ReviewRequest.Status.DECIDED);

    private final ReviewRequests requests;

    ReviewTasks(ReviewRequests requests) {
        this.requests = requests;
    }

    @Override
    public List<TaskGroup> tasks(Desk desk, LocalDate today) {
        if (desk != Desk.REVIEWS) {
            return List.of();
        }
        List<Task> tasks = new ArrayList<>();
        for (ReviewRequest request : requests.findByStatusIn(OPEN)) {
            String href = "/opcc/complaint-reviews/" + request.getId();
            String ref = request.reference();
            if (request.getAcknowledgedOn() == null) {
                tasks.add(Task.due(
                        "Acknowledge " + ref + ", received " + DisplayFormats.dayOf(request.getReceivedOn()),
                        href,
                        request.getAcknowledgementDue(),
                        today));
            }
            switch (request.getStatus()) {
                case AWAITING_CONFIRMATION -> tasks.add(
                        request.isHandlingChecked()
                                ? Task.due(
                                        "Waiting for the complainant to confirm " + ref,
                                        href,
                                        request.getConfirmBy(),
                                        today)
                                : Task.of("Check with the force how the complaint in " + ref + " was handled", href));
                case NOT_STARTED -> tasks.add(
                        Task.due("Assign " + ref + " to a review officer", href, request.getReviewDue(), today));
                case IN_REVIEW -> tasks.add(Task.due("Decide " + ref, href, request.getReviewDue(), today));
                case SUSPENDED -> tasks.add(Task.of("Resume " + ref + " when it can go on", href));
                case DECIDED -> tasks.add(Task.of("Quality-assure the decision on " + ref, href));
                default -> {}
            }
        }
        return List.of(TaskGroup.of("Complaint reviews", tasks, "/opcc/complaint-reviews"));
    }
}
