package org.scrutiny.papers.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.tasks.Desk;
import org.scrutiny.shared.tasks.Task;
import org.scrutiny.shared.tasks.TaskGroup;
import org.scrutiny.shared.tasks.TaskSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The reports' share of the task lists: reports to review for the secretariat, reports to write for their authors. */
@Component
@Transactional(readOnly = true)
class ReportTasks implements TaskSource {

    private static final EnumSet<Report.Status> TO_WRITE =
            EnumSet.of(Report.Status.REQUESTED, Report.Status.DRAFT, Report.Status.RETURNED);

    private final Reports reports;
    private final MeetingSchedule meetings;

    ReportTasks(Reports reports, MeetingSchedule meetings) {
        this.reports = reports;
        this.meetings = meetings;
    }

    @Override
    public List<TaskGroup> tasks(Desk desk, LocalDate today) {
        return switch (desk) {
            case SECRETARIAT -> List.of(reportsToReview(today), reportsToWrite(Report.Author.SECRETARIAT, today));
            case OPCC -> List.of(reportsToWrite(Report.Author.OPCC, today));
            case MEMBER, COMPLAINTS, REVIEWS -> List.of();
        };
    }

    private TaskGroup reportsToReview(LocalDate today) {
        List<Report> submitted = reports.findByStatusIn(EnumSet.of(Report.Status.SUBMITTED));
        Map<Long, MeetingSummary> meetingsById = meetingsOf(submitted);
        List<Task> tasks = submitted.stream()
                .map(report -> Task.due(
                        "Review “" + report.getTitle() + "”" + forMeeting(meetingsById.get(report.getMeetingId())),
                        "/manage/reports/" + report.getId(),
                        report.getDueDate(),
                        today))
                .toList();
        return TaskGroup.of("Reports submitted for review", tasks, "/reports");
    }

    private TaskGroup reportsToWrite(Report.Author author, LocalDate today) {
        List<Report> open = reports.findByAuthorAndStatusIn(author, TO_WRITE);
        Map<Long, MeetingSummary> meetingsById = meetingsOf(open);
        List<Task> tasks = open.stream()
                .map(report -> Task.due(
                        (report.getStatus() == Report.Status.RETURNED
                                        ? "Revise the returned report “"
                                        : "Write the report “")
                                + report.getTitle() + "”" + forMeeting(meetingsById.get(report.getMeetingId())),
                        "/reports/" + report.getId(),
                        report.getDueDate(),
                        today))
                .toList();
        return TaskGroup.of("Reports requested", tasks, "/reports");
    }

    private Map<Long, MeetingSummary> meetingsOf(List<Report> of) {
        return meetings
                .meetings(of.stream().map(Report::getMeetingId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(MeetingSummary::id, Function.identity()));
    }

    private static String forMeeting(MeetingSummary meeting) {
        return meeting == null ? "" : " for the meeting on " + DisplayFormats.dayOf(meeting.date());
    }
}
