package org.scrutiny.questions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.questions.QuestionFigures;
import org.scrutiny.shared.MunicipalYear;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.web.Csv;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** How many questions and statements the public sent to each meeting of a year, and what became of them. */
@Controller
class QuestionStatisticsController {

    /** The earliest year a panel can have met: Police and Crime Panels began in 2012. */
    private static final int FIRST_YEAR = 2012;

    private final QuestionFigures figures;
    private final MeetingSchedule meetings;
    private final PanelMembership membership;
    private final Clock clock;

    QuestionStatisticsController(
            QuestionFigures figures, MeetingSchedule meetings, PanelMembership membership, Clock clock) {
        this.figures = figures;
        this.meetings = meetings;
        this.membership = membership;
        this.clock = clock;
    }

    /** A meeting of the year and its counts. */
    record Row(MeetingSummary meeting, QuestionFigures.AtMeeting counts) {}

    @GetMapping("/statistics/questions")
    String statistics(@RequestParam(required = false) Integer year, Model model) {
        MunicipalYear selected = year(year);
        model.addAttribute("year", selected);
        model.addAttribute("rows", rows(selected));
        model.addAttribute("hasPrevious", selected.startYear() > FIRST_YEAR);
        model.addAttribute("hasNext", selected.compareTo(currentYear()) < 0);
        return "questions/public/statistics";
    }

    @GetMapping("/statistics/questions.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year) {
        MunicipalYear selected = year(year);
        return Csv.download(
                "questions-" + selected.startYear() + ".csv",
                List.of("meeting_date", "questions", "statements", "accepted", "rejected", "answered"),
                rows(selected).stream()
                        .map(row -> List.of(
                                row.meeting().date().toString(),
                                Integer.toString(row.counts().questions()),
                                Integer.toString(row.counts().statements()),
                                Integer.toString(row.counts().accepted()),
                                Integer.toString(row.counts().rejected()),
                                Integer.toString(row.counts().answered())))
                        .toList());
    }

    private List<Row> rows(MunicipalYear year) {
        Map<Long, MeetingSummary> inYear = meetings.meetingsBetween(year.firstDay(), year.lastDay()).stream()
                .sorted(Comparator.comparing(MeetingSummary::date))
                .collect(Collectors.toMap(
                        MeetingSummary::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        return figures.at(inYear.keySet()).stream()
                .map(counts -> new Row(inYear.get(counts.meetingId()), counts))
                .toList();
    }

    private MunicipalYear year(Integer year) {
        MunicipalYear current = currentYear();
        if (year == null) {
            return current;
        }
        if (year < FIRST_YEAR || year > current.startYear()) {
            throw new RecordNotFoundException("Municipal year", year);
        }
        return new MunicipalYear(year, current.startMonth());
    }

    private MunicipalYear currentYear() {
        return MunicipalYear.containing(LocalDate.now(clock), membership.panel().municipalYearStart());
    }
}
