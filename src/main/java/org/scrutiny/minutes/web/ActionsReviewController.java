package org.scrutiny.minutes.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.minutes.domain.ActionService;
import org.scrutiny.minutes.domain.MeetingAction;
import org.scrutiny.minutes.domain.MinutesService;
import org.scrutiny.papers.LatestPapers;
import org.scrutiny.shared.London;
import org.scrutiny.shared.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The review of actions a meeting's agenda carries, as it stood when each version of the agenda
 * was published, and the action log as it stands today.
 */
@Controller
class ActionsReviewController {

    private final MinutesService minutes;
    private final ActionService actions;
    private final LatestPapers papers;

    ActionsReviewController(MinutesService minutes, ActionService actions, LatestPapers papers) {
        this.minutes = minutes;
        this.actions = actions;
        this.papers = papers;
    }

    /** As published with the latest version of the agenda; before any, the log today, said to be so. */
    @GetMapping("/meetings/{meetingId}/actions-review")
    String latest(@PathVariable long meetingId, Model model) {
        List<LatestPapers.Paper> versions = papers.versionsOf(meetingId);
        if (versions.isEmpty()) {
            model.addAttribute("meeting", minutes.meeting(meetingId));
            return review(meetingId, null, actions.forReviewAsAt(meetingId, actions.today()), actions.today(), model);
        }
        return asPublished(meetingId, versions.get(versions.size() - 1), versions, model);
    }

    @GetMapping("/meetings/{meetingId}/versions/{number}/actions-review")
    String version(@PathVariable long meetingId, @PathVariable int number, Model model) {
        List<LatestPapers.Paper> versions = papers.versionsOf(meetingId);
        LatestPapers.Paper version = versions.stream()
                .filter(v -> v.version() == number)
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Version of the agenda", number));
        return asPublished(meetingId, version, versions, model);
    }

    /** The action log today: every open action, wherever it was raised, with its updates. */
    @GetMapping("/actions")
    String log(Model model) {
        List<MeetingAction> open = actions.open();
        model.addAttribute("actions", open);
        model.addAttribute("raisedAt", raisedAt(open, actions.meetingsOf(open)));
        model.addAttribute("today", actions.today());
        return "minutes/public/action-log";
    }

    private String asPublished(
            long meetingId, LatestPapers.Paper version, List<LatestPapers.Paper> versions, Model model) {
        LocalDate day = LocalDate.ofInstant(version.publishedAt(), London.ZONE);
        model.addAttribute("meeting", minutes.meeting(meetingId));
        model.addAttribute("version", version);
        model.addAttribute("versions", versions);
        Map<Integer, LocalDate> days = new HashMap<>();
        versions.forEach(v -> days.put(v.version(), LocalDate.ofInstant(v.publishedAt(), London.ZONE)));
        model.addAttribute("versionDays", days);
        return review(meetingId, day, actions.forReviewAsAt(meetingId, day), day, model);
    }

    private String review(long meetingId, LocalDate asAt, List<MeetingAction> shown, LocalDate statusDay, Model model) {
        model.addAttribute("asAt", asAt);
        model.addAttribute("actions", shown);
        model.addAttribute("statusDay", statusDay);
        model.addAttribute("raisedAt", raisedAt(shown, actions.earlierMeetings(meetingId)));
        return "minutes/public/actions-review";
    }

    private static Map<Long, MeetingSummary> raisedAt(List<MeetingAction> shown, Map<Long, MeetingSummary> earlier) {
        Map<Long, MeetingSummary> raisedAt = new HashMap<>();
        shown.forEach(a -> raisedAt.put(a.getId(), earlier.get(a.getMeetingId())));
        return raisedAt;
    }
}
