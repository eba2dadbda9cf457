package org.scrutiny.minutes.web;

import org.scrutiny.minutes.domain.ActionService;
import org.scrutiny.minutes.domain.MeetingAction;
import org.scrutiny.minutes.domain.MinutesService;
import org.scrutiny.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Following an action up: updates, done, or dropped with a reason. */
@Controller
class ManageActionsController {

    private final ActionService actions;
    private final MinutesService minutes;

    ManageActionsController(ActionService actions, MinutesService minutes) {
        this.actions = actions;
        this.minutes = minutes;
    }

    @GetMapping("/manage/actions/{id}")
    String action(@PathVariable long id, Model model) {
        MinutesForms.ActionProgress form = new MinutesForms.ActionProgress();
        model.addAttribute("form", form);
        return page(id, model);
    }

    @PostMapping("/manage/actions/{id}")
    String progress(
            @PathVariable long id,
            @RequestParam(defaultValue = "update") String outcome,
            @ModelAttribute("form") MinutesForms.ActionProgress form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        String text = Forms.trimmed(form.getText());
        boolean saved = Forms.attempt(result, () -> {
            switch (outcome) {
                case "done" -> actions.complete(id, form.getVersion(), text);
                case "drop" -> actions.drop(id, form.getVersion(), text);
                default -> actions.update(id, form.getVersion(), text);
            }
        });
        if (!saved) {
            return page(id, model);
        }
        redirect.addFlashAttribute(
                "flash",
                switch (outcome) {
                    case "done" -> "The action is done";
                    case "drop" -> "The action has been dropped";
                    default -> "The update has been recorded";
                });
        return "redirect:/manage/actions/" + id;
    }

    private String page(long id, Model model) {
        MeetingAction action = actions.action(id);
        if (model.getAttribute("form") instanceof MinutesForms.ActionProgress form) {
            form.setVersion(action.getVersion());
        }
        model.addAttribute("action", action);
        model.addAttribute("meeting", minutes.meeting(action.getMeetingId()));
        model.addAttribute(
                "dueMeeting", action.getDueMeetingId() == null ? null : minutes.meeting(action.getDueMeetingId()));
        model.addAttribute("today", actions.today());
        return "minutes/manage/action";
    }
}
