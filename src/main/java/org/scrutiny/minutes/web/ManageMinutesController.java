package org.scrutiny.minutes.web;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelMember;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.membership.PanelSubstitute;
import org.scrutiny.minutes.domain.ActionService;
import org.scrutiny.minutes.domain.AttendanceService;
import org.scrutiny.minutes.domain.AttendanceTaken;
import org.scrutiny.minutes.domain.Attendee;
import org.scrutiny.minutes.domain.Decision;
import org.scrutiny.minutes.domain.DeclarationKind;
import org.scrutiny.minutes.domain.MeetingAction;
import org.scrutiny.minutes.domain.MeetingMinutes;
import org.scrutiny.minutes.domain.Minute;
import org.scrutiny.minutes.domain.MinutesService;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.Option;
import org.scrutiny.shared.web.TimeInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's minutes editor for one meeting: attendance, each minute, declarations, actions, approval. */
@Controller
@RequestMapping("/manage/meetings/{meetingId}/minutes")
class ManageMinutesController {

    private static final int SUBSTITUTE_SLOTS = 3;

    private final MinutesService minutes;
    private final ActionService actions;
    private final PanelMembership membership;
    private final MeetingSchedule meetings;
    private final AttendanceService attendance;

    ManageMinutesController(
            MinutesService minutes,
            ActionService actions,
            PanelMembership membership,
            MeetingSchedule meetings,
            AttendanceService attendance) {
        this.minutes = minutes;
        this.actions = actions;
        this.membership = membership;
        this.meetings = meetings;
        this.attendance = attendance;
    }

    @GetMapping
    String overview(@PathVariable long meetingId, Model model) {
        MinutesForms.Start start = new MinutesForms.Start();
        minutes.suggestedFirstNumber(meetingId).ifPresent(n -> start.setFirstNumber(n.toString()));
        model.addAttribute("startForm", start);
        return overviewPage(meetingId, model);
    }

    @PostMapping
    String start(
            @PathVariable long meetingId,
            @ModelAttribute("startForm") MinutesForms.Start form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Integer firstNumber = Forms.wholeNumber(
                form.getFirstNumber(),
                result,
                "firstNumber",
                "The first minute number must be a whole number, like 40",
                false,
                1,
                99_999);
        MinutesService.Source source = minutes.startsFrom(meetingId);
        if (!Forms.attempt(result, () -> minutes.start(meetingId, firstNumber))) {
            return overviewPage(meetingId, model);
        }
        redirect.addFlashAttribute(
                "flash",
                switch (source) {
                    case AGENDA -> "The minutes have been started from the agenda";
                    case PLANNED_ITEMS -> "The minutes have been started from the items planned for the meeting";
                    case NOTHING -> "The minutes have been started: add a minute for each item the meeting took";
                });
        return "redirect:/manage/meetings/" + meetingId + "/minutes";
    }

    @PostMapping("/times")
    String times(
            @PathVariable long meetingId,
            @ModelAttribute("timesForm") MinutesForms.Times form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        LocalTime started =
                TimeInput.parse(form.getStartedAt(), result, "startedAt", "the time the meeting began", false);
        LocalTime ended = TimeInput.parse(form.getEndedAt(), result, "endedAt", "the time the meeting ended", false);
        if (!Forms.attempt(result, () -> minutes.recordTimes(meetingId, form.getVersion(), started, ended))) {
            return overviewPage(meetingId, model);
        }
        redirect.addFlashAttribute("flash", "The times of the meeting have been saved");
        return "redirect:/manage/meetings/" + meetingId + "/minutes";
    }

    @PostMapping("/items")
    String addMinute(@PathVariable long meetingId, @RequestParam String title, RedirectAttributes redirect) {
        minutes.addMinute(meetingId, title);
        redirect.addFlashAttribute("flash", "The minute has been added");
        return "redirect:/manage/meetings/" + meetingId + "/minutes";
    }

    /** What publishing the draft would do, and what is not written yet: nothing goes out at one stray click. */
    @GetMapping("/publish")
    String checkBeforePublishing(@PathVariable long meetingId, Model model) {
        MeetingMinutes record =
                minutes.of(meetingId).orElseThrow(() -> new RecordNotFoundException("Minutes of meeting", meetingId));
        if (record.isPublished()) {
            return "redirect:/manage/meetings/" + meetingId + "/minutes";
        }
        List<String> notReady = new ArrayList<>();
        if (record.getAttendees().isEmpty()) {
            notReady.add("The attendance has not been recorded");
        } else if (record.votingMembersPresent() < minutes.rules().getQuorum()) {
            notReady.add("Only " + record.votingMembersPresent() + " members are recorded as present, fewer than the"
                    + " quorum of " + minutes.rules().getQuorum());
        }
        for (Minute minute : record.getMinutes()) {
            if (minute.decisionSentence() == null
                    && (minute.getSummary() == null || minute.getSummary().isBlank())
                    && minute.pointList().isEmpty()) {
                notReady.add("Minute " + minute.getNumber() + ", " + minute.getTitle() + ": nothing is written yet");
            }
        }
        model.addAttribute("meeting", minutes.meeting(meetingId));
        model.addAttribute("record", record);
        model.addAttribute("notReady", notReady);
        return "minutes/manage/minutes-publish";
    }

    @PostMapping("/publish")
    String publish(@PathVariable long meetingId, @RequestParam long version, RedirectAttributes redirect) {
        minutes.publish(meetingId, version);
        redirect.addFlashAttribute("flash", "The draft minutes have been published");
        return "redirect:/manage/meetings/" + meetingId + "/minutes";
    }

    @PostMapping("/approve-previous")
    String approvePrevious(
            @PathVariable long meetingId,
            @ModelAttribute("approvalForm") MinutesForms.Approval form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!Forms.attempt(
                result,
                () -> minutes.approvePrevious(meetingId, form.getVersion(), Forms.trimmed(form.getAmendments())))) {
            return overviewPage(meetingId, model);
        }
        redirect.addFlashAttribute("flash", "The previous meeting's minutes have been approved");
        return "redirect:/manage/meetings/" + meetingId + "/minutes";
    }

    private String overviewPage(long meetingId, Model model) {
        MeetingSummary meeting = minutes.meeting(meetingId);
        MeetingMinutes record = minutes.of(meetingId).orElse(null);
        model.addAttribute("meeting", meeting);
        model.addAttribute("record", record);
        model.addAttribute("quorum", minutes.rules().getQuorum());
        if (record != null) {
            if (!model.containsAttribute("timesForm")) {
                MinutesForms.Times times = new MinutesForms.Times();
                times.setStartedAt(TimeInput.format(record.getStartedAt()));
                times.setEndedAt(TimeInput.format(record.getEndedAt()));
                model.addAttribute("timesForm", times);
            }
            ((MinutesForms.Times) model.getAttribute("timesForm")).setVersion(record.getVersion());
            if (!model.containsAttribute("approvalForm")) {
                model.addAttribute("approvalForm", new MinutesForms.Approval());
            }
            ((MinutesForms.Approval) model.getAttribute("approvalForm")).setVersion(record.getVersion());
            model.addAttribute("actions", actions.ofMeeting(meetingId));
            model.addAttribute("previous", meetings.previousMeeting(meetingId).orElse(null));
        }
        if (!model.containsAttribute("startForm")) {
            model.addAttribute("startForm", new MinutesForms.Start());
        }
        model.addAttribute("startsFrom", minutes.startsFrom(meetingId).name());
        return "minutes/manage/minutes";
    }

    // --- attendance ---------------------------------------------------------------------------

    @GetMapping("/attendance")
    String attendanceForm(@PathVariable long meetingId, Model model) {
        MeetingSummary meeting = minutes.meeting(meetingId);
        MeetingMinutes record =
                minutes.of(meetingId).orElseThrow(() -> new RecordNotFoundException("Minutes of meeting", meetingId));
        MinutesForms.Attendance form =
                MinutesForms.Attendance.of(attendance.sheet(meeting, record), record.getVersion());
        model.addAttribute("form", form);
        return attendancePage(meeting, form, model);
    }

    @PostMapping("/attendance")
    String recordAttendance(
            @PathVariable long meetingId,
            @ModelAttribute("form") MinutesForms.Attendance form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        MeetingSummary meeting = minutes.meeting(meetingId);
        AttendanceTaken taken = form.taken(result);
        if (!Forms.attempt(result, () -> minutes.recordAttendance(meetingId, form.getVersion(), taken))) {
            return attendancePage(meeting, form, model);
        }
        MeetingMinutes record = minutes.of(meetingId).orElseThrow();
        int quorum = minutes.rules().getQuorum();
        redirect.addFlashAttribute(
                "flash",
                "Attendance has been recorded"
                        + (record.votingMembersPresent() < quorum
                                ? ". Warning: only " + record.votingMembersPresent()
                                        + " members were present, fewer than the quorum of " + quorum
                                : ""));
        return "redirect:/manage/meetings/" + meetingId + "/minutes";
    }

    private String attendancePage(MeetingSummary meeting, MinutesForms.Attendance form, Model model) {
        Map<Long, PanelMember> members = membership.membersOn(meeting.date()).stream()
                .collect(Collectors.toMap(PanelMember::membershipId, Function.identity()));
        for (MinutesForms.MemberLine line : form.getMembers()) {
            PanelMember member = line.getMembershipId() == null ? null : members.get(line.getMembershipId());
            if (member != null) {
                line.setName(member.formalName());
                line.setAuthority(member.authority());
            }
        }
        while (form.getSubstitutes().size() < SUBSTITUTE_SLOTS) {
            form.getSubstitutes().add(new MinutesForms.SubstituteLine());
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute(
                "substituteOptions",
                Forms.withFirst(
                        "No substitute",
                        Forms.options(
                                membership.namedSubstitutesOn(meeting.date()),
                                PanelSubstitute::personId,
                                s -> withAuthority(s.formalName(), s.authority()))));
        model.addAttribute(
                "memberOptions",
                Forms.withFirst(
                        "Choose the member",
                        form.getMembers().stream()
                                .map(m -> Option.of(m.getMembershipId(), withAuthority(m.getName(), m.getAuthority())))
                                .toList()));
        model.addAttribute("officials", membership.officialsOn(meeting.date()));
        model.addAttribute(
                "presences",
                List.of(
                        Option.of("PRESENT", "Present"),
                        Option.of("APOLOGIES", "Apologies"),
                        Option.of("ABSENT", "Absent")));
        model.addAttribute("quorum", minutes.rules().getQuorum());
        return "minutes/manage/minutes-attendance";
    }

    // --- one minute ---------------------------------------------------------------------------

    @GetMapping("/items/{minuteId}")
    String writeForm(@PathVariable long meetingId, @PathVariable long minuteId, Model model) {
        MeetingMinutes record =
                minutes.of(meetingId).orElseThrow(() -> new RecordNotFoundException("Minutes of meeting", meetingId));
        Minute minute = record.minute(minuteId);
        MinutesForms.Writing form = new MinutesForms.Writing();
        form.setSummary(minute.getSummary());
        form.setPoints(minute.getPoints());
        form.setDecision(minute.getDecision().name());
        form.setDecisionText(minute.getDecisionText());
        form.setUnanimous(minute.isUnanimous());
        form.setVotesFor(text(minute.getVotesFor()));
        form.setVotesAgainst(text(minute.getVotesAgainst()));
        form.setVotesAbstaining(text(minute.getVotesAbstaining()));
        form.setRecordedVote(minute.getRecordedVote());
        model.addAttribute("form", form);
        return writePage(meetingId, minuteId, model);
    }

    @PostMapping("/items/{minuteId}")
    String write(
            @PathVariable long meetingId,
            @PathVariable long minuteId,
            @ModelAttribute("form") MinutesForms.Writing form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Minute.Writing writing = form.writing(result);
        if (!Forms.attempt(result, () -> minutes.write(meetingId, form.getVersion(), minuteId, writing))) {
            return writePage(meetingId, minuteId, model);
        }
        redirect.addFlashAttribute("flash", "The minute has been saved");
        return "redirect:/manage/meetings/" + meetingId + "/minutes/items/" + minuteId;
    }

    @PostMapping("/items/{minuteId}/declarations")
    String declare(
            @PathVariable long meetingId,
            @PathVariable long minuteId,
            @ModelAttribute("declarationForm") MinutesForms.NewDeclaration form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        DeclarationKind kind =
                Forms.choice(DeclarationKind.class, form.getKind(), result, "kind", "Choose the kind of interest");
        if (!Forms.attempt(
                result, () -> minutes.declare(meetingId, minuteId, form.getMemberName(), kind, form.getDetails()))) {
            return writePage(meetingId, minuteId, model);
        }
        redirect.addFlashAttribute("flash", "The declaration has been recorded");
        return "redirect:/manage/meetings/" + meetingId + "/minutes/items/" + minuteId;
    }

    @PostMapping("/declarations/{declarationId}/withdraw")
    String withdrawDeclaration(
            @PathVariable long meetingId,
            @PathVariable long declarationId,
            @RequestParam long minuteId,
            RedirectAttributes redirect) {
        minutes.withdrawDeclaration(meetingId, declarationId);
        redirect.addFlashAttribute("flash", "The declaration has been removed");
        return "redirect:/manage/meetings/" + meetingId + "/minutes/items/" + minuteId;
    }

    @PostMapping("/items/{minuteId}/actions")
    String recordAction(
            @PathVariable long meetingId,
            @PathVariable long minuteId,
            @ModelAttribute("actionForm") MinutesForms.NewAction form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        MeetingAction.Raising raising = form.raising(minuteId, result);
        if (!Forms.attempt(result, () -> actions.record(meetingId, raising))) {
            return writePage(meetingId, minuteId, model);
        }
        redirect.addFlashAttribute("flash", "The action has been recorded");
        return "redirect:/manage/meetings/" + meetingId + "/minutes/items/" + minuteId;
    }

    private String writePage(long meetingId, long minuteId, Model model) {
        MeetingSummary meeting = minutes.meeting(meetingId);
        MeetingMinutes record =
                minutes.of(meetingId).orElseThrow(() -> new RecordNotFoundException("Minutes of meeting", meetingId));
        Minute minute = record.minute(minuteId);
        if (model.getAttribute("form") instanceof MinutesForms.Writing writing) {
            writing.setVersion(record.getVersion());
        }
        if (!model.containsAttribute("form")) {
            MinutesForms.Writing writing = new MinutesForms.Writing();
            writing.setVersion(record.getVersion());
            model.addAttribute("form", writing);
        }
        if (!model.containsAttribute("declarationForm")) {
            model.addAttribute("declarationForm", new MinutesForms.NewDeclaration());
        }
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", new MinutesForms.NewAction());
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("record", record);
        model.addAttribute("minute", minute);
        model.addAttribute("firstPoint", record.firstPointNumber(minute));
        model.addAttribute(
                "decisions",
                Arrays.stream(Decision.values())
                        .map(d -> Option.of(d.name(), d.label()))
                        .toList());
        model.addAttribute(
                "kinds",
                Arrays.stream(DeclarationKind.values())
                        .map(k -> Option.of(k.name(), k.label()))
                        .toList());
        model.addAttribute(
                "owners",
                Arrays.stream(MeetingAction.Owner.values())
                        .map(o -> Option.of(o.name(), o.label()))
                        .toList());
        model.addAttribute(
                "memberNames",
                Forms.withFirst(
                        "Choose the member",
                        record.getAttendees().stream()
                                .filter(a -> a.getCategory() == Attendee.Category.MEMBER
                                        || a.getCategory() == Attendee.Category.SUBSTITUTE)
                                .filter(Attendee::isPresent)
                                .map(a -> Option.of(a.getName(), a.getName()))
                                .toList()));
        model.addAttribute(
                "laterMeetings",
                Forms.withFirst(
                        "No particular meeting",
                        meetings
                                .meetingsBetween(
                                        meeting.date().plusDays(1),
                                        meeting.date().plusYears(1))
                                .stream()
                                .filter(m -> m.kind().needsPublicNotice())
                                .map(m -> Option.of(
                                        m.id(),
                                        m.name() + ", " + m.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy"))))
                                .toList()));
        model.addAttribute(
                "actions",
                actions.ofMeeting(meetingId).stream()
                        .filter(a -> a.getMinuteId() == minuteId)
                        .toList());
        model.addAttribute("today", actions.today());
        return "minutes/manage/minute";
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    /** "Cllr Claire George (Fenland District Council)", or the name alone for someone without an authority. */
    private static String withAuthority(String name, String authority) {
        return authority == null || authority.isBlank() ? name : name + " (" + authority + ")";
    }
}
