package org.scrutiny.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scrutiny.accounts.CurrentUser;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.papers.LatestPapers;
import org.scrutiny.shared.London;
import org.scrutiny.shared.tasks.TaskList;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SiteController {

    private final MeetingSchedule meetings;
    private final LatestPapers papers;
    private final TaskList tasks;
    private final Clock clock;

    SiteController(MeetingSchedule meetings, LatestPapers papers, TaskList tasks, Clock clock) {
        this.meetings = meetings;
        this.papers = papers;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** A published agenda on the home page, with the meeting it is for. */
    record PublishedPaper(LatestPapers.Paper paper, MeetingSummary meeting, LocalDate publishedOn) {}

    @GetMapping("/")
    String home(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("nextMeeting", meetings.nextMeeting(today).orElse(null));
        List<MeetingSummary> recent =
                new ArrayList<>(meetings.meetingsBetween(today.minusYears(50), today.minusDays(1)));
        Collections.reverse(recent);
        recent = recent.subList(0, Math.min(5, recent.size()));
        model.addAttribute("recentMeetings", recent);
        List<LatestPapers.Paper> latest = papers.latest(5);
        Map<Long, MeetingSummary> meetingsOf =
                meetings
                        .meetings(latest.stream()
                                .map(LatestPapers.Paper::meetingId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(MeetingSummary::id, Function.identity()));
        model.addAttribute(
                "latestPapers",
                latest.stream()
                        .filter(p -> meetingsOf.containsKey(p.meetingId()))
                        .map(p -> new PublishedPaper(
                                p,
                                meetingsOf.get(p.meetingId()),
                                p.publishedAt().atZone(London.ZONE).toLocalDate()))
                        .toList());
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
    String account(Model model) {
        CurrentUser user = CurrentUser.from(SecurityContextHolder.getContext().getAuthentication());
        model.addAttribute("taskGroups", tasks.groups(Desks.of(user)));
        return "site/account";
    }
}
