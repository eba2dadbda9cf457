package org.scrutiny.agenda.web;

import java.util.Arrays;
import java.util.Optional;
import org.scrutiny.agenda.QuestionDeadlineRule;
import org.scrutiny.agenda.domain.NoticeRules;
import org.scrutiny.agenda.domain.NoticeService;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.Option;
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
        Optional<NoticeRules.Change> change = form.change(result);
        if (change.isEmpty() || !Forms.attempt(result, () -> notices.changeRules(form.getVersion(), change.get()))) {
            return form(model);
        }
        redirect.addFlashAttribute("flash", "The notice rules have been saved");
        return "redirect:/manage";
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
