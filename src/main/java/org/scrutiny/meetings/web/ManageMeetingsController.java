package org.scrutiny.meetings.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.domain.Meeting;
import org.scrutiny.meetings.domain.MeetingPlan;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.meetings.domain.MeetingService.NewVenue;
import org.scrutiny.shared.audit.AuditTrail;
import org.scrutiny.shared.web.DateInput;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.Option;
import org.scrutiny.shared.web.TimeInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat plans, changes, moves, cancels and closes meetings, and plans their items. */
@Controller
@RequestMapping("/manage/meetings")
class ManageMeetingsController {

    private final MeetingService meetings;
    private final AuditTrail auditTrail;

    ManageMeetingsController(MeetingService meetings, AuditTrail auditTrail) {
        this.meetings = meetings;
        this.auditTrail = auditTrail;
    }

    @GetMapping
    String list(Model model) {
        List<Meeting> all = new ArrayList<>(meetings.allWithItems());
        Collections.reverse(all);
        model.addAttribute("meetings", all);
        return "meetings/manage/meetings";
    }

    // --- planning --------------------------------------------------------------------------

    @GetMapping("/new")
    String newMeeting(Model model) {
        model.addAttribute("form", new MeetingForm());
        return meetingForm(model);
    }

    @PostMapping("/new")
    String plan(
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        MeetingKind kind =
                Forms.choice(MeetingKind.class, form.getKind(), result, "kind", "Select the kind of meeting");
        LocalDate date = form.getDate().toDate(result, "date", "the date of the meeting", true);
        boolean confirmed = "yes".equals(form.getConfirmed());
        if (!"yes".equals(form.getConfirmed()) && !"no".equals(form.getConfirmed())) {
            result.rejectValue("confirmed", "choice", "Select whether the date is confirmed");
        }
        LocalTime start = TimeInput.parse(form.getStartTime(), result, "startTime", "the start time", false);
        Optional<Meeting> planned;
        if (MeetingForm.NEW_VENUE.equals(form.getVenue())) {
            NewVenue venue = newVenue(form, result);
            planned = Forms.saved(
                    result,
                    () -> meetings.planAtNewVenue(
                            new MeetingPlan(kind, form.getTitle(), date, form.getDateNote(), start, confirmed), venue));
        } else {
            Long venueId = venueId(form.getVenue(), result);
            planned = Forms.saved(
                    result,
                    () -> meetings.plan(
                            new MeetingPlan(kind, form.getTitle(), date, form.getDateNote(), start, confirmed),
                            venueId));
        }
        if (planned.isEmpty()) {
            return meetingForm(model);
        }
        redirect.addFlashAttribute("flash", "The meeting has been added to the work programme");
        return "redirect:/manage/meetings/" + planned.get().getId();
    }

    private static NewVenue newVenue(MeetingForm form, BindingResult result) {
        if (!StringUtils.hasText(form.getNewVenueName())) {
            result.rejectValue("newVenueName", "required", "Enter the name of the new venue");
        }
        if (!StringUtils.hasText(form.getNewVenueAddress())) {
            result.rejectValue("newVenueAddress", "required", "Enter the address of the new venue");
        }
        if (!StringUtils.hasText(form.getNewVenueTown())) {
            result.rejectValue("newVenueTown", "required", "Enter the town or city of the new venue");
        }
        return new NewVenue(
                Forms.trimmed(form.getNewVenueName()),
                Forms.trimmed(form.getNewVenueAddress()),
                Forms.trimmed(form.getNewVenueTown()),
                Forms.trimmed(form.getNewVenuePostcode()));
    }

    private static Long venueId(String choice, BindingResult result) {
        if (choice == null || MeetingForm.NO_VENUE.equals(choice)) {
            return null;
        }
        Long id = Forms.id(choice);
        if (id == null) {
            result.rejectValue("venue", "choice", "Select a venue, or choose to add a new one");
        }
        return id;
    }

    private String meetingForm(Model model) {
        model.addAttribute("kinds", kinds());
        model.addAttribute("venues", meetings.venues());
        model.addAttribute(
                "confirmedOptions",
                List.of(new Option("yes", "Yes, the date is confirmed"), new Option("no", "No, it is provisional")));
        return "meetings/manage/meeting-form";
    }

    private static List<Option> kinds() {
        return Arrays.stream(MeetingKind.values())
                .map(k -> Option.of(k.name(), k.label()))
                .toList();
    }

    // --- one meeting -----------------------------------------------------------------------

    @GetMapping("/{id}")
    String meeting(@PathVariable long id, Model model) {
        model.addAttribute("itemForm", new ItemForm());
        return meetingPage(id, model);
    }

    @PostMapping("/{id}/items")
    String planItem(
            @PathVariable long id,
            @Valid @ModelAttribute("itemForm") ItemForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ItemPurpose purpose =
                Forms.choice(ItemPurpose.class, form.getPurpose(), result, "purpose", "Select what the item is for");
        if (!Forms.attempt(
                result, () -> meetings.planItem(id, form.getTitle().trim(), Forms.trimmed(form.getNote()), purpose))) {
            return meetingPage(id, model);
        }
        redirect.addFlashAttribute("flash", "'" + form.getTitle().trim() + "' has been planned for this meeting");
        return "redirect:/manage/meetings/" + id;
    }

    private String meetingPage(long id, Model model) {
        model.addAttribute("meeting", meetings.get(id));
        model.addAttribute("history", auditTrail.historyOf(Meeting.class, id));
        model.addAttribute("purposes", ItemPurposes.options());
        return "meetings/manage/meeting";
    }

    @PostMapping("/{id}/items/{itemId}/remove")
    String removeItem(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        meetings.removeItem(id, itemId);
        redirect.addFlashAttribute("flash", "The item has been removed");
        return "redirect:/manage/meetings/" + id;
    }

    @PostMapping("/{id}/items/{itemId}/move")
    String moveItem(@PathVariable long id, @PathVariable long itemId, @RequestParam String direction) {
        meetings.moveItem(id, itemId, "up".equals(direction) ? -1 : 1);
        return "redirect:/manage/meetings/" + id;
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        meetings.confirm(id, version);
        redirect.addFlashAttribute("flash", "The meeting is confirmed");
        return "redirect:/manage/meetings/" + id;
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Meeting meeting = meetings.get(id);
        DescribeMeetingForm form = new DescribeMeetingForm();
        form.setKind(meeting.getKind().name());
        form.setTitle(meeting.getTitle());
        form.setDateNote(meeting.getDateNote());
        form.setVersion(meeting.getVersion());
        model.addAttribute("form", form);
        return editForm(meeting, model);
    }

    @PostMapping("/{id}/edit")
    String describe(
            @PathVariable long id,
            @Valid @ModelAttribute("form") DescribeMeetingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        MeetingKind kind =
                Forms.choice(MeetingKind.class, form.getKind(), result, "kind", "Select the kind of meeting");
        if (!Forms.attempt(
                result, () -> meetings.describe(id, form.getVersion(), kind, form.getTitle(), form.getDateNote()))) {
            return editForm(meetings.get(id), model);
        }
        redirect.addFlashAttribute("flash", "The meeting has been saved");
        return "redirect:/manage/meetings/" + id;
    }

    private String editForm(Meeting meeting, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("kinds", kinds());
        return "meetings/manage/meeting-edit";
    }

    @GetMapping("/{id}/reschedule")
    String rescheduleForm(@PathVariable long id, Model model) {
        Meeting meeting = meetings.get(id);
        RescheduleForm form = new RescheduleForm();
        form.setDate(DateInput.of(meeting.getDate()));
        form.setStartTime(TimeInput.format(meeting.getStartTime()));
        form.setVenue(
                meeting.getVenue() == null
                        ? MeetingForm.NO_VENUE
                        : meeting.getVenue().getId().toString());
        form.setVersion(meeting.getVersion());
        model.addAttribute("form", form);
        return rescheduleForm(meeting, model);
    }

    @PostMapping("/{id}/reschedule")
    String reschedule(
            @PathVariable long id,
            @Valid @ModelAttribute("form") RescheduleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        LocalDate date = form.getDate().toDate(result, "date", "the new date", true);
        LocalTime start = TimeInput.parse(form.getStartTime(), result, "startTime", "the start time", false);
        Long venueId = venueId(form.getVenue(), result);
        if (!Forms.attempt(
                result,
                () -> meetings.reschedule(
                        id,
                        form.getVersion(),
                        new Meeting.Move(date, start, venueId, form.getReason().trim())))) {
            return rescheduleForm(meetings.get(id), model);
        }
        redirect.addFlashAttribute("flash", "The meeting has been moved; its earlier date is kept in its history");
        return "redirect:/manage/meetings/" + id;
    }

    private String rescheduleForm(Meeting meeting, Model model) {
        List<Option> venues = new ArrayList<>();
        venues.add(new Option(MeetingForm.NO_VENUE, "To be confirmed"));
        venues.addAll(Forms.options(meetings.venues(), v -> v.getId(), v -> v.oneLine()));
        model.addAttribute("meeting", meeting);
        model.addAttribute("venueOptions", venues);
        return "meetings/manage/meeting-reschedule";
    }

    @GetMapping("/{id}/cancel")
    String cancelForm(@PathVariable long id, Model model) {
        Meeting meeting = meetings.get(id);
        CancelForm form = new CancelForm();
        form.setVersion(meeting.getVersion());
        model.addAttribute("form", form);
        model.addAttribute("meeting", meeting);
        return "meetings/manage/meeting-cancel";
    }

    @PostMapping("/{id}/cancel")
    String cancel(
            @PathVariable long id,
            @Valid @ModelAttribute("form") CancelForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!Forms.attempt(
                result,
                () -> meetings.cancel(id, form.getVersion(), form.getReason().trim()))) {
            model.addAttribute("meeting", meetings.get(id));
            return "meetings/manage/meeting-cancel";
        }
        redirect.addFlashAttribute("flash", "The meeting has been cancelled");
        return "redirect:/manage/meetings/" + id;
    }

    @GetMapping("/{id}/held")
    String heldForm(@PathVariable long id, Model model) {
        Meeting meeting = meetings.get(id);
        HeldForm form = new HeldForm();
        form.setVersion(meeting.getVersion());
        model.addAttribute("form", form);
        model.addAttribute("meeting", meeting);
        return "meetings/manage/meeting-held";
    }

    @PostMapping("/{id}/held")
    String recordHeld(
            @PathVariable long id,
            @ModelAttribute("form") HeldForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        LocalTime end = TimeInput.parse(form.getEndTime(), result, "endTime", "the time the meeting ended", true);
        if (!Forms.attempt(result, () -> meetings.recordHeld(id, form.getVersion(), end))) {
            model.addAttribute("meeting", meetings.get(id));
            return "meetings/manage/meeting-held";
        }
        redirect.addFlashAttribute("flash", "The meeting has been recorded as held");
        return "redirect:/manage/meetings/" + id;
    }
}
