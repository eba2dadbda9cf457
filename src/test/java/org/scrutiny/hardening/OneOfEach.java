package org.scrutiny.hardening;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.scrutiny.complaints.domain.Complaint;
import org.scrutiny.complaints.domain.ComplaintService;
import org.scrutiny.hearings.domain.ConfirmationHearing;
import org.scrutiny.hearings.domain.HearingService;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.papers.domain.Report;
import org.scrutiny.papers.domain.ReportService;
import org.scrutiny.precept.domain.PreceptService;
import org.scrutiny.precept.domain.PreceptYear;
import org.scrutiny.questions.domain.PublicQuestion;
import org.scrutiny.questions.domain.QuestionKind;
import org.scrutiny.questions.domain.QuestionService;
import org.scrutiny.shared.UploadedFile;
import org.scrutiny.subscriptions.domain.SubscriptionService;
import org.scrutiny.support.Papers;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records in every state that brings out a form of its own, which the demo panel, all decided and
 * dealt with, does not hold: a precept year at each step, a hearing awaiting the Commissioner's
 * decision, a question awaiting moderation and one awaiting its answer, reports submitted and
 * requested with a file uploaded, a version that failed to build, an unconfirmed sign-up.
 */
final class OneOfEach {

    private final PreceptService precepts;
    private final HearingService hearings;
    private final QuestionService questions;
    private final ReportService reports;
    private final SubscriptionService subscriptions;
    private final MeetingSchedule meetings;
    private final JdbcTemplate jdbc;
    private final ComplaintService complaints;

    OneOfEach(
            PreceptService precepts,
            HearingService hearings,
            QuestionService questions,
            ReportService reports,
            SubscriptionService subscriptions,
            MeetingSchedule meetings,
            JdbcTemplate jdbc,
            ComplaintService complaints) {
        this.precepts = precepts;
        this.hearings = hearings;
        this.questions = questions;
        this.reports = reports;
        this.subscriptions = subscriptions;
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.complaints = complaints;
    }

    void open() {
        precept(2031, 0);
        precept(2032, 1);
        precept(2033, 2);
        precept(2034, 3);
        precept(2035, 4);
        hearingAwaitingDecision();
        questionsAwaitingModerationAndAnswer();
        reportsSubmittedAndRequested();
        failedVersion();
        complaintsAtEachStep();
        subscriptions.signUp(new SubscriptionService.SignUp(
                "corpus.unconfirmed@example.com", true, false, false, null, List.of(), List.of()));
    }

    /**
     * A precept year taken {@code steps} along: 0 notified (the vote to record), 1 voted (the report),
     * 2 reported without a veto (the response), 3 vetoed and reported (the revised precept), 4 revised
     * (the report on it).
     */
    private void precept(int financialYear, int steps) {
        PreceptYear year = precepts.notify(new PreceptYear.Notification(
                financialYear,
                LocalDate.of(financialYear, 1, 27),
                new BigDecimal("10.00"),
                new BigDecimal("300.00"),
                new BigDecimal("310.00"),
                "A rise for the corpus"));
        if (steps == 0) {
            return;
        }
        long meeting = precepts.votingMeetings(year).get(0).id();
        LocalDate held = precepts.meeting(meeting).orElseThrow().date();
        boolean veto = steps >= 3;
        year = precepts.recordVote(
                financialYear,
                year.getVersion(),
                meeting,
                veto
                        ? new PreceptYear.Vote(10, PreceptYear.VetoReason.TOO_HIGH, "To veto the precept.", "Too high.")
                        : new PreceptYear.Vote(0, null, "Not to veto the precept.", null));
        if (steps == 1) {
            return;
        }
        year = precepts.report(financialYear, year.getVersion(), held.plusDays(1));
        if (steps <= 3) {
            return;
        }
        precepts.revise(financialYear, year.getVersion(), held.plusDays(5), new BigDecimal("8.00"));
    }

    /**
     * A complaint waiting at each step with a form of its own: to acknowledge, to decide on, to
     * refer to the IOPC, waiting for the IOPC's answer, with the IOPC, and being resolved.
     */
    private void complaintsAtEachStep() {
        String officer = "secretariat@demo.scrutiny.test";
        Complaint[] step = new Complaint[6];
        for (int i = 0; i < step.length; i++) {
            step[i] = complaints.enter(
                    new ComplaintService.Entry(
                            Complaint.Kind.COMPLAINT,
                            Complaint.Subject.COMMISSIONER,
                            Complaint.Source.LETTER,
                            LocalDate.now().minusDays(1),
                            null,
                            "A complaint for the corpus",
                            new Complaint.Complainant(
                                    "Corpus Complainant",
                                    null,
                                    null,
                                    "1 Corpus Road",
                                    Complaint.ContactBy.POST,
                                    null,
                                    false,
                                    null),
                            null),
                    officer);
            if (i > 0) {
                step[i] = complaints.acknowledge(step[i].getId(), step[i].getVersion(), officer);
            }
            if (i > 1) {
                step[i] = complaints.record(
                        step[i].getId(),
                        step[i].getVersion(),
                        new ComplaintService.Recording(i < 5, Complaint.Disclosure.COPY_SENT, null),
                        officer);
            }
            if (i == 3 || i == 4) {
                step[i] = complaints.referToIopc(step[i].getId(), step[i].getVersion(), LocalDate.now(), officer);
            }
            if (i == 4) {
                complaints.iopcAnswered(
                        step[i].getId(), step[i].getVersion(), Complaint.IopcAnswer.INVESTIGATE, officer);
            }
        }
    }

    private void hearingAwaitingDecision() {
        ConfirmationHearing hearing = hearings.propose(
                new ConfirmationHearing.Proposal(
                        ConfirmationHearing.Post.CHIEF_CONSTABLE,
                        "Corpus Candidate",
                        null,
                        null,
                        LocalDate.of(2031, 3, 3)),
                null);
        LocalDate held = hearings.meeting(hearing.getMeetingId()).orElseThrow().date();
        hearings.recommend(
                hearing.getId(),
                hearing.getVersion(),
                new ConfirmationHearing.Report(
                        hearing.getMeetingId(), null, "The Panel supports the appointment.", held));
    }

    private void questionsAwaitingModerationAndAnswer() {
        long meeting = questions.openMeetings().get(0).meeting().id();
        String area = questions.areas().isEmpty() ? null : questions.areas().get(0);
        questions.submit(new QuestionService.Submission(
                meeting,
                QuestionKind.QUESTION,
                "Awaiting moderation?",
                "Corpus One",
                "one@example.com",
                area,
                false,
                false));
        PublicQuestion second = questions.submit(new QuestionService.Submission(
                meeting,
                QuestionKind.QUESTION,
                "Awaiting an answer?",
                "Corpus Two",
                "two@example.com",
                area,
                false,
                false));
        questions.accept(second.getId(), second.getVersion(), null);
    }

    private void reportsSubmittedAndRequested() {
        long meeting = meetings.meetingsBetween(LocalDate.of(2022, 3, 23), LocalDate.of(2022, 3, 23))
                .get(0)
                .id();
        List<Long> free = jdbc.queryForList(
                """
                select i.id from agenda_item i join agenda a on a.id = i.agenda_id
                where a.meeting_id = ? and not exists (select 1 from report r where r.agenda_item_id = i.id)
                order by i.id
                """,
                Long.class,
                meeting);
        Report submitted = reports.request(meeting, free.get(0), Report.Author.OPCC, LocalDate.of(2031, 1, 1));
        reports.draft(
                submitted.getId(),
                submitted.getVersion(),
                new Report.Draft(
                        "The Commissioner",
                        null,
                        null,
                        new Report.Sections(
                                "To inform.", "To note.", null, "The body.", null, null, null, null, null, null)),
                true);
        Report uploading = reports.request(meeting, free.get(1), Report.Author.OPCC, LocalDate.of(2031, 1, 1));
        reports.upload(
                uploading.getId(),
                ReportService.Upload.REPORT,
                null,
                null,
                new UploadedFile("report.pdf", Papers.taggedPdf("A report being uploaded", 1)));
        reports.upload(
                uploading.getId(),
                ReportService.Upload.APPENDIX,
                "Appendix A",
                null,
                new UploadedFile("appendix.pdf", Papers.taggedPdf("An appendix being uploaded", 1)));
    }

    private void failedVersion() {
        jdbc.update(
                """
                insert into publication (meeting_id, number, published_at, change_note, status, failure)
                select meeting_id, max(number) + 1, ?, 'Failed for the corpus', 'FAILED', 'The corpus made it fail'
                from publication group by meeting_id order by meeting_id limit 1
                """,
                Timestamp.from(Instant.now()));
    }
}
