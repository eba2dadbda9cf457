package org.scrutiny.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SiteController {

    private final MeetingSchedule meetings;
    private final Clock clock;

    SiteController(MeetingSchedule meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("nextMeeting", meetings.nextMeeting(today).orElse(null));
        List<MeetingSummary> recent =
                new ArrayList<>(meetings.meetingsBetween(today.minusYears(50), today.minusDays(1)));
        Collections.reverse(recent);
        recent = recent.subList(0, Math.min(5, recent.size()));
        model.addAttribute("recentMeetings", recent);
        return "site/home";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "site/accessibility";
    }

    @GetMapping("/cookies")
    String cookies() {
        return "site/cookies";
    }

    @GetMapping("/login")
    String login() {
        return "site/login";
    }

    @GetMapping("/account")
    String account() {
        return "site/account";
    }
}
