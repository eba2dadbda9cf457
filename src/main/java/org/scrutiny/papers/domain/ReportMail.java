package org.scrutiny.papers.domain;

import java.util.List;
import org.scrutiny.accounts.Role;
import org.scrutiny.accounts.UserDirectory;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.mail.Mailbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Emails whoever must act next on a report the OPCC writes, through the mail outbox in the
 * transaction that made the change: the OPCC when it is requested or returned, the secretariat when
 * it is submitted. (A report the secretariat writes itself needs no message to itself.)
 * Each message is keyed on the report, the step and the report's version, so a retried request
 * queues it once.
 */
@Component
class ReportMail {

    private final UserDirectory users;
    private final Mailbox mailbox;
    private final MeetingSchedule meetings;
    private final String publicUrl;

    ReportMail(
            UserDirectory users,
            Mailbox mailbox,
            MeetingSchedule meetings,
            @Value("${scrutiny.public-url:http://localhost:8080}") String publicUrl) {
        this.users = users;
        this.mailbox = mailbox;
        this.meetings = meetings;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    void requested(Report report) {
        send(
                report,
                "requested",
                authors(report),
                "Report requested: " + report.getTitle(),
                List.of(
                        "A report has been requested from you for the meeting on " + meetingDay(report) + ": "
                                + report.getTitle() + ".",
                        "Please submit it by " + DisplayFormats.weekdayOf(report.getDueDate()) + ".",
                        "Write or upload the report: " + publicUrl + "/reports/" + report.getId()));
    }

    void returned(Report report) {
        send(
                report,
                "returned",
                authors(report),
                "Report returned with comments: " + report.getTitle(),
                List.of(
                        "The secretariat has returned your report for the meeting on " + meetingDay(report)
                                + " with comments:",
                        report.getReturnComments(),
                        "Please revise and submit it by " + DisplayFormats.weekdayOf(report.getDueDate()) + ".",
                        "Revise the report: " + publicUrl + "/reports/" + report.getId()));
    }

    void submitted(Report report) {
        send(
                report,
                "submitted",
                users.emailsOf(Role.SECRETARIAT),
                "Report submitted for review: " + report.getTitle(),
                List.of(
                        report.getAuthor().label() + " has submitted its report for the meeting on "
                                + meetingDay(report) + ": " + report.getTitle() + ".",
                        "Accept it for publication or return it with comments: " + publicUrl + "/manage/reports/"
                                + report.getId()));
    }

    private List<String> authors(Report report) {
        return users.emailsOf(Role.OPCC);
    }

    private String meetingDay(Report report) {
        return meetings.meeting(report.getMeetingId())
                .map(MeetingSummary::date)
                .map(DisplayFormats::weekdayOf)
                .orElse("the panel's next meeting");
    }

    private void send(Report report, String step, List<String> to, String subject, List<String> paragraphs) {
        if (report.getAuthor() != Report.Author.OPCC || to.isEmpty()) {
            return;
        }
        mailbox.queue(
                "report:" + report.getId() + ":" + step + ":" + report.getVersion(),
                to,
                subject,
                String.join("\n\n", paragraphs),
                null);
    }
}
