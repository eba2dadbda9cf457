package org.scrutiny.meetings.web;

import jakarta.validation.Valid;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.meetings.domain.StandingItem;
import org.scrutiny.meetings.domain.Venue;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Venues, reused from meeting to meeting, and the panel's standing items. */
@Controller
@RequestMapping("/manage")
class ManageVenuesController {

    private final MeetingService meetings;

    ManageVenuesController(MeetingService meetings) {
        this.meetings = meetings;
    }

    @GetMapping("/venues")
    String venues(Model model) {
        model.addAttribute("venues", meetings.venues());
        return "meetings/manage/venues";
    }

    @GetMapping("/venues/new")
    String newVenue(Model model) {
        model.addAttribute("form", new VenueForm());
        return "meetings/manage/venue-form";
    }

    @PostMapping("/venues/new")
    String addVenue(@Valid @ModelAttribute("form") VenueForm form, BindingResult result, RedirectAttributes redirect) {
        if (!Forms.attempt(result, () -> meetings.addVenue(form.details()))) {
            return "meetings/manage/venue-form";
        }
        redirect.addFlashAttribute("flash", form.getName().trim() + " has been added");
        return "redirect:/manage/venues";
    }

    @GetMapping("/venues/{id}/edit")
    String editVenue(@PathVariable long id, Model model) {
        model.addAttribute("form", VenueForm.of(meetings.venue(id)));
        model.addAttribute("venueId", id);
        return "meetings/manage/venue-form";
    }

    @PostMapping("/venues/{id}/edit")
    String describeVenue(
            @PathVariable long id,
            @Valid @ModelAttribute("form") VenueForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!Forms.attempt(result, () -> meetings.describeVenue(id, form.getVersion(), form.details()))) {
            model.addAttribute("venueId", id);
            return "meetings/manage/venue-form";
        }
        redirect.addFlashAttribute("flash", form.getName().trim() + " has been saved");
        return "redirect:/manage/venues";
    }

    @GetMapping("/venues/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("venue", meetings.venue(id));
        return "meetings/manage/venue-delete";
    }

    @PostMapping("/venues/{id}/delete")
    String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Venue venue = meetings.venue(id);
        try {
            meetings.deleteVenue(id);
        } catch (BusinessRuleViolation inUse) {
            model.addAttribute("venue", venue);
            model.addAttribute("problem", inUse.getMessage());
            return "meetings/manage/venue-delete";
        }
        redirect.addFlashAttribute("flash", venue.getName() + " has been deleted");
        return "redirect:/manage/venues";
    }

    // --- standing items --------------------------------------------------------------------

    @GetMapping("/standing-items")
    String standingItems(Model model) {
        model.addAttribute("items", meetings.standingItems());
        return "meetings/manage/standing-items";
    }

    @GetMapping("/standing-items/new")
    String newStandingItem(Model model) {
        StandingItemForm form = new StandingItemForm();
        form.setPosition(Integer.toString((meetings.standingItems().size() + 1) * 10));
        model.addAttribute("form", form);
        return standingItemForm(model);
    }

    private static String standingItemForm(Model model) {
        model.addAttribute("purposes", ItemPurposes.options());
        return "meetings/manage/standing-item-form";
    }

    @PostMapping("/standing-items/new")
    String addStandingItem(
            @Valid @ModelAttribute("form") StandingItemForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        int position = position(form.getPosition(), result);
        ItemPurpose purpose =
                Forms.choice(ItemPurpose.class, form.getPurpose(), result, "purpose", "Select what the item is for");
        if (!Forms.attempt(
                result, () -> meetings.addStandingItem(form.getTitle().trim(), position, purpose))) {
            return standingItemForm(model);
        }
        redirect.addFlashAttribute(
                "flash", "'" + form.getTitle().trim() + "' will be added to every meeting planned from now on");
        return "redirect:/manage/standing-items";
    }

    @GetMapping("/standing-items/{id}/edit")
    String editStandingItem(@PathVariable long id, Model model) {
        var item = meetings.standingItem(id);
        StandingItemForm form = new StandingItemForm();
        form.setTitle(item.getTitle());
        form.setPosition(Integer.toString(item.getPosition()));
        form.setActive(item.isActive());
        form.setPurpose(item.getPurpose().name());
        form.setVersion(item.getVersion());
        model.addAttribute("form", form);
        model.addAttribute("itemId", id);
        return standingItemForm(model);
    }

    @PostMapping("/standing-items/{id}/edit")
    String changeStandingItem(
            @PathVariable long id,
            @Valid @ModelAttribute("form") StandingItemForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        int position = position(form.getPosition(), result);
        ItemPurpose purpose =
                Forms.choice(ItemPurpose.class, form.getPurpose(), result, "purpose", "Select what the item is for");
        if (!Forms.attempt(
                result,
                () -> meetings.changeStandingItem(
                        id,
                        form.getVersion(),
                        new StandingItem.Change(form.getTitle().trim(), position, form.isActive(), purpose)))) {
            model.addAttribute("itemId", id);
            return standingItemForm(model);
        }
        redirect.addFlashAttribute("flash", "The standing item has been saved");
        return "redirect:/manage/standing-items";
    }

    private static int position(String value, BindingResult result) {
        try {
            int position = Integer.parseInt(value == null ? "" : value.trim());
            if (position >= 0 && position <= 10000) {
                return position;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        result.rejectValue("position", "position", "Enter the order as a whole number between 0 and 10000, like 10");
        return 0;
    }
}
