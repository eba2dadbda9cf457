package org.scrutiny.annualreport.domain;

import java.util.List;
import org.scrutiny.complaints.ComplaintFigures;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.minutes.AttendanceFigures;
import org.scrutiny.papers.PublishedReports;
import org.scrutiny.precept.PreceptDecisions;
import org.scrutiny.questions.QuestionFigures;
import org.scrutiny.recommendations.RecommendationFigures;
import org.scrutiny.shared.Bars;
import org.scrutiny.shared.MunicipalYear;

/**
 * One municipal year of the panel, as its annual report shows it: the typed words, and every
 * figure counted from the records on the day it is shown.
 */
public record AnnualReport(
        MunicipalYear year,
        String panelName,
        AnnualReportText text,
        List<MeetingCount> meetings,
        List<AttendanceFigures.Line> attendance,
        int minutedMeetings,
        Bars attendanceBars,
        List<MeetingReports> reports,
        RecommendationFigures.Figures recommendations,
        Bars recommendationBars,
        List<MeetingQuestions> questions,
        ComplaintFigures complaints,
        List<PreceptDecisions.Vote> precept,
        List<MeetingSummary> hearings,
        List<PlannedSubject> workProgramme) {

    /**
     * The panel's meetings of one kind in the year: held, cancelled, and neither (a reserve date
     * that was not needed, or a meeting still to come).
     */
    public record MeetingCount(String kind, int held, int cancelled, int notHeld) {}

    /** The reports published for one meeting of the year. */
    public record MeetingReports(MeetingSummary meeting, List<PublishedReports.Ref> reports) {}

    /** The public's questions and statements for one meeting of the year. */
    public record MeetingQuestions(MeetingSummary meeting, QuestionFigures.AtMeeting counts) {}

    /** A subject on the work programme of a meeting held in the year. */
    public record PlannedSubject(MeetingSummary meeting, String title) {}

    public int meetingsHeld() {
        return meetings.stream().mapToInt(MeetingCount::held).sum();
    }

    public int meetingsNotHeld() {
        return meetings.stream().mapToInt(MeetingCount::notHeld).sum();
    }

    public int meetingsCancelled() {
        return meetings.stream().mapToInt(MeetingCount::cancelled).sum();
    }

    public int reportsReceived() {
        return reports.stream().mapToInt(m -> m.reports().size()).sum();
    }

    public int questionsReceived() {
        return questions.stream().mapToInt(m -> m.counts().questions()).sum();
    }

    public int statementsReceived() {
        return questions.stream().mapToInt(m -> m.counts().statements()).sum();
    }

    public int questionsAccepted() {
        return questions.stream().mapToInt(m -> m.counts().accepted()).sum();
    }

    public int questionsAnswered() {
        return questions.stream().mapToInt(m -> m.counts().answered()).sum();
    }
}
