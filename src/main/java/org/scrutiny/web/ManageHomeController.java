package org.scrutiny.web;

import java.time.Clock;
import java.time.LocalDate;
import org.scrutiny.meetings.MeetingSchedule;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The secretariat's starting point. */
@Controller
class ManageHomeController {

    private final MeetingSchedule meetings;
    private final Clock clock;

    ManageHomeController(MeetingSchedule meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping("/manage")
    String dashboard(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("upcoming", meetings.meetingsBetween(today, today.plusYears(2)));
        return "manage/index";
    }
}
