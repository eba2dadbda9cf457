package org.scrutiny.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.scrutiny.agenda.MeetingNotice;
import org.scrutiny.agenda.Notices;
import org.scrutiny.meetings.MeetingSchedule;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The secretariat's starting point. */
@Controller
class ManageHomeController {

    private final MeetingSchedule meetings;
    private final Notices notices;
    private final Clock clock;

    ManageHomeController(MeetingSchedule meetings, Notices notices, Clock clock) {
        this.meetings = meetings;
        this.notices = notices;
        this.clock = clock;
    }

    @GetMapping("/manage")
    String dashboard(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("upcoming", meetings.meetingsBetween(today, today.plusYears(2)));
        List<MeetingNotice> statutory = notices.upcoming(today);
        model.addAttribute("notices", statutory);
        model.addAttribute(
                "needingAttention",
                statutory.stream()
                        .filter(n -> n.urgency() == MeetingNotice.Urgency.DUE_SOON
                                || n.urgency() == MeetingNotice.Urgency.PASSED)
                        .count());
        return "site/manage";
    }
}
