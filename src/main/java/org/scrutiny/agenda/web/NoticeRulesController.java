package org.scrutiny.agenda.web;

import java.time.LocalTime;
import java.util.Arrays;
import org.scrutiny.agenda.QuestionDeadlineRule;
import org.scrutiny.agenda.domain.NoticeService;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.Option;
import org.scrutiny.shared.web.TimeInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat sets how much notice the panel gives and when public questions close. */
@Controller
@RequestMapping("/manage/notice-rules")
class NoticeRulesController {

    private final NoticeService notices;

    NoticeRulesController(NoticeService notices) {
        this.notices = notices;
    }

    @GetMapping
    String edit(Model model) {
        model.addAttribute("form", NoticeRulesForm.of(notices.rules()));
        return form(model);
    }

    @PostMapping
    String save(
            @ModelAttribute("form") NoticeRulesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Integer clearDays = number(
                form.getClearWorkingDays(),
                result,
                "clearWorkingDays",
                "Enter the clear working days of notice as a whole number, like 5");
        QuestionDeadlineRule rule = Forms.choice(
                QuestionDeadlineRule.class,
                form.getQuestionRule(),
                result,
                "questionRule",
                "Select how the question deadline is counted");
        Integer days = number(
                form.getQuestionDays(), result, "questionDays", "Enter the number of days as a whole number, like 3");
        LocalTime time =
                TimeInput.parse(form.getQuestionTime(), result, "questionTime", "the time questions close", true);
        if (!Forms.attempt(result, () -> notices.changeRules(form.getVersion(), clearDays, rule, days, time))) {
            return form(model);
        }
        redirect.addFlashAttribute("flash", "The notice rules have been saved");
        return "redirect:/manage";
    }

    private static Integer number(String value, BindingResult result, String field, String message) {
        try {
            return Integer.valueOf(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            result.rejectValue(field, "number", message);
            return null;
        }
    }

    private static String form(Model model) {
        model.addAttribute(
                "rules",
                Arrays.stream(QuestionDeadlineRule.values())
                        .map(r -> Option.of(r.name(), r.label()))
                        .toList());
        return "agenda/manage/notice-rules";
    }
}
