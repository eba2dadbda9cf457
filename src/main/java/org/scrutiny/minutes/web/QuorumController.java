package org.scrutiny.minutes.web;

import org.scrutiny.minutes.domain.MinutesRules;
import org.scrutiny.minutes.domain.MinutesService;
import org.scrutiny.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The panel's quorum, as its arrangements set it. */
@Controller
class QuorumController {

    private final MinutesService minutes;

    QuorumController(MinutesService minutes) {
        this.minutes = minutes;
    }

    public static class QuorumForm {
        private String quorum;
        private long version;

        public String getQuorum() {
            return quorum;
        }

        public void setQuorum(String quorum) {
            this.quorum = quorum;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    @GetMapping("/manage/quorum")
    String form(Model model) {
        MinutesRules rules = minutes.rules();
        QuorumForm form = new QuorumForm();
        form.setQuorum(Integer.toString(rules.getQuorum()));
        form.setVersion(rules.getVersion());
        model.addAttribute("form", form);
        return "minutes/manage/quorum";
    }

    @PostMapping("/manage/quorum")
    String change(@ModelAttribute("form") QuorumForm form, BindingResult result, RedirectAttributes redirect) {
        Integer quorum = null;
        try {
            quorum = Integer.valueOf(
                    form.getQuorum() == null ? "" : form.getQuorum().trim());
        } catch (NumberFormatException e) {
            result.rejectValue("quorum", "number", "The quorum must be a whole number, like 4");
        }
        Integer value = quorum;
        if (!Forms.attempt(result, () -> minutes.changeQuorum(form.getVersion(), value))) {
            return "minutes/manage/quorum";
        }
        redirect.addFlashAttribute("flash", "The quorum is now " + value);
        return "redirect:/manage/quorum";
    }
}
