package org.scrutiny.annualreport.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scrutiny.complaints.ComplaintRegister;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingStatus;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.minutes.AttendanceFigures;
import org.scrutiny.papers.PublishedReports;
import org.scrutiny.precept.PreceptDecisions;
import org.scrutiny.questions.QuestionFigures;
import org.scrutiny.recommendations.RecommendationFigures;
import org.scrutiny.shared.Bars;
import org.scrutiny.shared.MunicipalYear;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts a municipal year from the records for the panel's annual report, and keeps the words the
 * secretariat types into it. Statuses (a response overdue, a complaint still open) are as they
 * stand on the day the report is shown, or on the day the agenda carrying it was published.
 */
@Service
public class AnnualReportService {

    private final AnnualReportTexts texts;
    private final MeetingSchedule meetings;
    private final PanelMembership membership;
    private final AttendanceFigures attendance;
    private final PublishedReports reports;
    private final RecommendationFigures recommendations;
    private final QuestionFigures questions;
    private final ComplaintRegister complaints;
    private final PreceptDecisions precept;
    private final Clock clock;

    AnnualReportService(
            AnnualReportTexts texts,
            MeetingSchedule meetings,
            PanelMembership membership,
            AttendanceFigures attendance,
            PublishedReports reports,
            RecommendationFigures recommendations,
            QuestionFigures questions,
            ComplaintRegister complaints,
            PreceptDecisions precept,
            Clock clock) {
        this.texts = texts;
        this.meetings = meetings;
        this.membership = membership;
        this.attendance = attendance;
        this.reports = reports;
        this.recommendations = recommendations;
        this.questions = questions;
        this.complaints = complaints;
        this.precept = precept;
        this.clock = clock;
    }

    /** The year a report is on: the last whole municipal year before today. */
    public MunicipalYear latestWholeYear() {
        return currentYear().previous();
    }

    /** The years that can have a report, the latest whole year first, back to the panel's first. */
    @Transactional(readOnly = true)
    public List<MunicipalYear> years() {
        List<MunicipalYear> years = new ArrayList<>();
        for (MunicipalYear year = latestWholeYear(); mayReportOn(year.startYear()); year = year.previous()) {
            years.add(year);
        }
        return years;
    }

    /** Whether a year can have a report: from the panel's first meeting to the current year. */
    public boolean mayReportOn(int startYear) {
        MunicipalYear current = currentYear();
        LocalDate first = meetings.meetingsBetween(LocalDate.of(2000, 1, 1), current.lastDay()).stream()
                .map(MeetingSummary::date)
                .min(Comparator.naturalOrder())
                .orElse(current.firstDay());
        return startYear
                        >= MunicipalYear.containing(first, current.startMonth()).startYear()
                && startYear <= current.startYear();
    }

    /**
     * The year named in an address ("2022" for 2022/23): one from the panel's first meeting to
     * this year, or not found.
     */
    public MunicipalYear yearAskedFor(String startYear) {
        if (startYear == null || !startYear.matches("\\d{4}") || !mayReportOn(Integer.parseInt(startYear))) {
            throw new RecordNotFoundException("Annual report", startYear);
        }
        return year(Integer.parseInt(startYear));
    }

    public MunicipalYear year(int startYear) {
        return new MunicipalYear(startYear, currentYear().startMonth());
    }

    /** The year whose report an AGM on {@code day} receives: the one that ended before it began. */
    public MunicipalYear yearBeforeMeetingOn(LocalDate day) {
        return MunicipalYear.containing(day, currentYear().startMonth()).previous();
    }

    @Transactional(readOnly = true)
    public AnnualReport report(MunicipalYear year) {
        return report(year, LocalDate.now(clock));
    }

    /** The report on {@code year} with statuses as they stood on {@code asAt}. */
    @Transactional(readOnly = true)
    public AnnualReport report(MunicipalYear year, LocalDate asAt) {
        List<MeetingSummary> inYear = meetings.meetingsBetween(year.firstDay(), year.lastDay()).stream()
                .sorted(Comparator.comparing(MeetingSummary::date))
                .toList();
        List<MeetingSummary> held = inYear.stream()
                .filter(m -> m.status() != MeetingStatus.CANCELLED)
                .toList();
        List<AttendanceFigures.Line> attended = attendance.attendanceIn(year);
        RecommendationFigures.Figures sent = recommendations.sentBetween(year.firstDay(), year.lastDay(), asAt);
        return new AnnualReport(
                year,
                membership.panel().name(),
                text(year.startYear()),
                meetingCounts(inYear),
                attended,
                attendance.minutedMeetingsIn(year),
                Bars.of(attended.stream()
                        .filter(line -> line.percent() != null)
                        .map(line -> Map.entry(line.name(), line.percent()))
                        .toList()),
                held.stream()
                        .map(m -> new AnnualReport.MeetingReports(m, reports.publishedAt(m.id())))
                        .filter(m -> !m.reports().isEmpty())
                        .toList(),
                sent,
                Bars.of(List.of(
                        Map.entry("Accepted", sent.accepted()),
                        Map.entry("Partly accepted", sent.partlyAccepted()),
                        Map.entry("Not accepted", sent.notAccepted()),
                        Map.entry("Noted", sent.noted()),
                        Map.entry("Awaiting a response", sent.awaiting()),
                        Map.entry("Response overdue", sent.overdue()))),
                questionsAt(held),
                complaints.figures(year.firstDay(), year.lastDay()),
                precept.votedBetween(year.firstDay(), year.lastDay()),
                held.stream()
                        .filter(m -> m.kind() == MeetingKind.CONFIRMATION_HEARING)
                        .toList(),
                workProgramme(year, held));
    }

    /** The typed words of a year's report, blank until the secretariat writes them. */
    @Transactional(readOnly = true)
    public AnnualReportText text(int startYear) {
        return texts.findByStartYear(startYear).orElseGet(() -> new AnnualReportText(startYear));
    }

    @Transactional
    public AnnualReportText write(int startYear, long expectedVersion, String foreword, String narrative) {
        AnnualReportText text = texts.findByStartYear(startYear).orElseGet(() -> new AnnualReportText(startYear));
        if (text.getId() != null) {
            StaleRecordException.check(expectedVersion, text.getVersion());
        }
        text.write(foreword, narrative);
        return texts.saveAndFlush(text);
    }

    /** The panel's formal meetings by kind (briefings and conferences are not meetings of the panel). */
    private static List<AnnualReport.MeetingCount> meetingCounts(List<MeetingSummary> inYear) {
        Map<MeetingKind, int[]> counts = new LinkedHashMap<>();
        for (MeetingKind kind : MeetingKind.values()) {
            if (kind.needsPublicNotice()) {
                counts.put(kind, new int[3]);
            }
        }
        for (MeetingSummary meeting : inYear) {
            int[] count = counts.get(meeting.kind());
            if (count != null) {
                count[
                        switch (meeting.status()) {
                            case HELD -> 0;
                            case CANCELLED -> 1;
                            default -> 2;
                        }]++;
            }
        }
        List<AnnualReport.MeetingCount> rows = new ArrayList<>();
        counts.forEach((kind, count) -> {
            if (count[0] + count[1] + count[2] > 0) {
                rows.add(new AnnualReport.MeetingCount(kind.label(), count[0], count[1], count[2]));
            }
        });
        return rows;
    }

    private List<AnnualReport.MeetingQuestions> questionsAt(List<MeetingSummary> held) {
        Map<Long, MeetingSummary> byId = new LinkedHashMap<>();
        held.forEach(m -> byId.put(m.id(), m));
        return questions.at(byId.keySet()).stream()
                .map(counts -> new AnnualReport.MeetingQuestions(byId.get(counts.meetingId()), counts))
                .toList();
    }

    private List<AnnualReport.PlannedSubject> workProgramme(MunicipalYear year, List<MeetingSummary> held) {
        List<Long> heldIds = held.stream().map(MeetingSummary::id).toList();
        return meetings.plannedBetween(year.firstDay(), year.lastDay()).stream()
                .filter(planned -> heldIds.contains(planned.meeting().id()))
                .flatMap(planned -> planned.items().stream()
                        .filter(item -> item.purpose() == ItemPurpose.OTHER && !routine(item.title()))
                        .map(item -> new AnnualReport.PlannedSubject(planned.meeting(), item.title())))
                .toList();
    }

    /** Business every agenda carries, which the work programme lists as plain titles. */
    private static final List<String> ROUTINE = List.of(
            "apologies",
            "declarations",
            "minutes",
            "public questions",
            "review of complaints",
            "meeting dates",
            "commissioner's response",
            "police and crime commissioner's response");

    private static boolean routine(String title) {
        String lower = title.toLowerCase(java.util.Locale.UK);
        return ROUTINE.stream().anyMatch(lower::startsWith);
    }

    private MunicipalYear currentYear() {
        return MunicipalYear.containing(LocalDate.now(clock), membership.panel().municipalYearStart());
    }
}
