package org.scrutiny.complaints.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.tasks.Desk;
import org.scrutiny.shared.tasks.Task;
import org.scrutiny.shared.tasks.TaskGroup;
import org.scrutiny.shared.tasks.TaskSource;
import org.springframework.stereotype.Component;

/**
 * What the complaints register waits on: acknowledgements against the panel's target, recording
 * decisions, referrals the IOPC must have and its answers, informal resolutions against their
 * target, and withheld copies due for review. Shown only to those who handle complaints.
 */
@Component
class ComplaintTasks implements TaskSource {

    private final ComplaintService complaints;

    ComplaintTasks(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @Override
    public List<TaskGroup> tasks(Desk desk, LocalDate today) {
        if (desk != Desk.COMPLAINTS) {
            return List.of();
        }
        List<Task> tasks = new ArrayList<>();
        for (Complaint complaint : complaints.open()) {
            String href = "/manage/complaints/" + complaint.getId();
            String ref = complaint.reference();
            if (!complaint.isAcknowledged()) {
                tasks.add(Task.due(
                        "Acknowledge " + ref + ", received " + DisplayFormats.dayOf(complaint.getReceivedOn()),
                        href,
                        complaint.getAcknowledgementDue(),
                        today));
            } else if (complaint.getStatus() == Complaint.Status.RECEIVED) {
                tasks.add(Task.of("Decide whether to record " + ref, href));
            } else if (complaint.mustGoToIopc()) {
                tasks.add(Task.of("Refer " + ref + " to the IOPC: it alleges a criminal offence", href));
            } else if (complaint.getStatus() == Complaint.Status.REFERRED_TO_IOPC) {
                tasks.add(Task.of(
                        "Waiting for the IOPC's answer on " + ref + ", referred "
                                + DisplayFormats.dayOf(complaint.getIopcReferredOn()),
                        href));
            } else if (complaint.getStatus() == Complaint.Status.RECORDED) {
                tasks.add(Task.due("Resolve " + ref + " informally", href, complaint.getResolutionDue(), today));
            }
            if (complaint.isWithheld()) {
                tasks.add(Task.due(
                        "Review the withholding of " + ref + " from the person complained against",
                        href,
                        complaint.getWithholdingReviewOn(),
                        today));
            }
        }
        return List.of(TaskGroup.of("Complaints about the Commissioner and the Deputy", tasks, "/manage/complaints"));
    }
}
