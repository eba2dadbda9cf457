package org.scrutiny.minutes.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.minutes.domain.AttendanceService;
import org.scrutiny.minutes.domain.MeetingMinutes;
import org.scrutiny.minutes.domain.MinutesPdfs;
import org.scrutiny.minutes.domain.MinutesService;
import org.scrutiny.shared.MunicipalYear;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.web.Csv;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Published minutes, attendance and the review of actions, for everyone. */
@Controller
class PublicMinutesController {

    private final MinutesService minutes;
    private final MinutesPdfs documents;
    private final AttendanceService attendance;
    private final PanelMembership membership;
    private final Clock clock;

    PublicMinutesController(
            MinutesService minutes,
            MinutesPdfs documents,
            AttendanceService attendance,
            PanelMembership membership,
            Clock clock) {
        this.minutes = minutes;
        this.documents = documents;
        this.attendance = attendance;
        this.membership = membership;
        this.clock = clock;
    }

    @GetMapping("/meetings/{meetingId}/minutes")
    String minutes(@PathVariable long meetingId, Model model) {
        if (minutes.of(meetingId).filter(MeetingMinutes::isPublished).isEmpty()) {
            model.addAttribute("meeting", minutes.meeting(meetingId));
            model.addAttribute("today", LocalDate.now(clock));
            return "minutes/public/minutes-pending";
        }
        model.addAllAttributes(documents.minutesModel(meetingId));
        return "minutes/public/minutes";
    }

    /** The minutes as a tagged PDF/UA document laid out like the panel's own. */
    @GetMapping("/meetings/{meetingId}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable long meetingId) {
        MeetingMinutes record = minutes.published(meetingId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(
                                        "minutes-" + minutes.meeting(meetingId).date()
                                                + (record.isApproved() ? "" : "-draft") + ".pdf")
                                .build()
                                .toString())
                .cacheControl(CacheControl.noCache())
                .body(documents.minutesPdf(meetingId));
    }

    /** The generated report for a meeting's review of actions: what earlier meetings left open. */
    @GetMapping("/attendance")
    String attendance(@RequestParam(required = false) Integer year, Model model) {
        MunicipalYear selected = year(year);
        model.addAttribute("year", selected);
        model.addAttribute("records", attendance.year(selected));
        // Links only to years that can have attendance, so that nothing follows them for ever.
        model.addAttribute("hasPrevious", selected.compareTo(attendance.firstYear(currentYear())) > 0);
        model.addAttribute("hasNext", selected.compareTo(currentYear()) < 0);
        return "minutes/public/attendance";
    }

    /** The year's attendance as the page shows it, one row a person. */
    @GetMapping("/attendance.csv")
    ResponseEntity<byte[]> attendanceCsv(@RequestParam(required = false) Integer year) {
        MunicipalYear selected = year(year);
        return Csv.download(
                "attendance-" + selected.startYear() + ".csv",
                List.of("name", "expected", "attended", "apologies", "as_substitute", "attended_percent"),
                attendance.year(selected).stream()
                        .map(line -> List.of(
                                line.name(),
                                Integer.toString(line.expected()),
                                Integer.toString(line.attended()),
                                Integer.toString(line.apologies()),
                                Integer.toString(line.asSubstitute()),
                                line.percent() == null ? "" : Integer.toString(line.percent())))
                        .toList());
    }

    @GetMapping("/attendance/{personId}")
    String personAttendance(@PathVariable long personId, @RequestParam(required = false) Integer year, Model model) {
        // Without a year, the latest in which the minutes record the person at a meeting.
        MunicipalYear selected = year == null ? attendance.latestYearOf(personId, currentYear()) : year(year);
        var record = attendance.year(selected).stream()
                .filter(r -> r.personId() == personId)
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Attendance of person", personId));
        model.addAttribute("year", selected);
        model.addAttribute("record", record);
        model.addAttribute("entries", attendance.of(personId, selected));
        return "minutes/public/person-attendance";
    }

    /** The year asked for, which must lie between the panel's first meeting and today. */
    private MunicipalYear year(Integer year) {
        MunicipalYear current = currentYear();
        if (year == null) {
            return attendance.latestYearWithAttendance(current);
        }
        if (year < attendance.firstYear(current).startYear() || year > current.startYear()) {
            throw new RecordNotFoundException("Municipal year", year);
        }
        return new MunicipalYear(year, current.startMonth());
    }

    private MunicipalYear currentYear() {
        PanelDetails panel = membership.panel();
        return MunicipalYear.containing(LocalDate.now(clock), panel.municipalYearStart());
    }
}
