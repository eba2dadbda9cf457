package org.scrutiny.meetings.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.scrutiny.meetings.MeetingAttendance;
import org.scrutiny.meetings.MeetingDocuments;
import org.scrutiny.meetings.domain.Meeting;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.shared.MunicipalYear;
import org.scrutiny.shared.RecordNotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PublicMeetingsController {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    /** Held meetings the subscribed calendar carries; earlier years have a calendar each. */
    static final int CALENDAR_PAST = 100;

    private final MeetingService meetings;
    private final PanelMembership membership;
    private final MeetingCalendar calendar;
    private final List<MeetingDocuments> documents;
    private final List<MeetingAttendance> attendance;
    private final Clock clock;

    PublicMeetingsController(
            MeetingService meetings,
            PanelMembership membership,
            MeetingCalendar calendar,
            List<MeetingDocuments> documents,
            List<MeetingAttendance> attendance,
            Clock clock) {
        this.meetings = meetings;
        this.membership = membership;
        this.calendar = calendar;
        this.documents = documents;
        this.attendance = attendance;
        this.clock = clock;
    }

    @GetMapping("/meetings")
    String meetings(@RequestParam(required = false) Integer year, Model model) {
        PanelDetails panel = membership.panel();
        LocalDate today = LocalDate.now(clock);
        List<Meeting> all = meetings.all();
        List<Meeting> upcoming = all.stream().filter(m -> m.isUpcoming(today)).toList();
        List<Meeting> past = all.stream().filter(m -> !m.isUpcoming(today)).toList();

        TreeSet<MunicipalYear> years = new TreeSet<>(Comparator.reverseOrder());
        past.forEach(m -> years.add(panel.municipalYearOf(m.getDate())));
        MunicipalYear selected = year != null
                ? yearAsked(year, panel)
                : (years.isEmpty() ? panel.municipalYearOf(today) : years.first());
        List<Meeting> pastInYear = new ArrayList<>(
                past.stream().filter(m -> selected.contains(m.getDate())).toList());
        pastInYear.sort(Comparator.comparing(Meeting::getDate).reversed());

        model.addAttribute("upcoming", upcoming);
        model.addAttribute("past", pastInYear);
        model.addAttribute("years", years);
        model.addAttribute("selectedYear", selected);
        return "meetings/public/list";
    }

    /** A year in the address that no panel could have met in is a page that does not exist. */
    private static MunicipalYear yearAsked(int year, PanelDetails panel) {
        if (year < 1900 || year > 2200) {
            throw new RecordNotFoundException("Municipal year", year);
        }
        return new MunicipalYear(year, panel.municipalYearStart());
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable long id, Model model) {
        Meeting meeting = meetings.get(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("municipalYear", membership.panel().municipalYearOf(meeting.getDate()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute(
                "documents",
                documents.stream()
                        .flatMap(source -> source.documentsOf(id).stream())
                        .sorted(Comparator.comparing(MeetingDocuments.Document::kind))
                        .toList());
        model.addAttribute(
                "attendance",
                attendance.stream()
                        .flatMap(source -> source.attendanceAt(id).stream())
                        .findFirst()
                        .orElse(null));
        return "meetings/public/meeting";
    }

    @GetMapping("/meetings/{id}/calendar.ics")
    ResponseEntity<String> meetingCalendar(@PathVariable long id) {
        Meeting meeting = meetings.get(id);
        return ics(calendar.write(membership.panel(), List.of(meeting)), "meeting-" + meeting.getDate() + ".ics");
    }

    /**
     * The calendar to subscribe to: every meeting to come and the latest {@value #CALENDAR_PAST}
     * held; with {@code year}, that municipal year's meetings, for the record.
     */
    @GetMapping("/meetings.ics")
    ResponseEntity<String> allMeetings(@RequestParam(required = false) Integer year) {
        PanelDetails panel = membership.panel();
        if (year == null) {
            return ics(
                    calendar.write(panel, meetings.recentAndComingWithItems(LocalDate.now(clock), CALENDAR_PAST)),
                    "meetings.ics");
        }
        MunicipalYear chosen = new MunicipalYear(year, panel.municipalYearStart());
        boolean held = meetings.earliestDate()
                .flatMap(first -> meetings.latestDate()
                        .map(last -> !chosen.lastDay().isBefore(first)
                                && !chosen.firstDay().isAfter(last)))
                .orElse(false);
        if (!held) {
            throw new RecordNotFoundException("Meetings calendar of the year", year);
        }
        return ics(
                calendar.write(panel, meetings.betweenWithItems(chosen.firstDay(), chosen.lastDay())),
                "meetings-" + chosen.startYear() + ".ics");
    }

    private static ResponseEntity<String> ics(String body, String filename) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }

    @GetMapping("/work-programme")
    String workProgramme(@RequestParam(required = false) Integer year, Model model) {
        PanelDetails panel = membership.panel();
        LocalDate today = LocalDate.now(clock);
        MunicipalYear current = panel.municipalYearOf(today);
        TreeSet<MunicipalYear> years = new TreeSet<>();
        meetings.earliestDate().ifPresent(first -> meetings.latestDate().ifPresent(last -> {
            for (MunicipalYear y = panel.municipalYearOf(first); !y.firstDay().isAfter(last); y = y.next()) {
                years.add(y);
            }
        }));
        MunicipalYear selected;
        if (year != null) {
            selected = yearAsked(year, panel);
        } else if (years.isEmpty() || years.contains(current)) {
            selected = current;
        } else {
            selected = years.last().compareTo(current) < 0 ? years.last() : years.first();
        }
        List<Meeting> planned = meetings.betweenWithItems(selected.firstDay(), selected.lastDay());
        model.addAttribute("meetings", planned);
        model.addAttribute("years", years);
        model.addAttribute("selectedYear", selected);
        model.addAttribute("currentYear", current);
        model.addAttribute("today", today);
        return "meetings/public/work-programme";
    }
}
