package org.scrutiny.subscriptions.web;

import org.scrutiny.shared.London;
import org.scrutiny.shared.mail.Mailbox;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.MultiLine;
import org.scrutiny.subscriptions.domain.Subscription;
import org.scrutiny.subscriptions.domain.SubscriptionService;
import org.scrutiny.subscriptions.domain.UpdateSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's view of email updates: who is signed up, what went out, and the themes. */
@Controller
class ManageUpdatesController {

    /** The themes form. */
    public static class ThemesForm {
        private long version;

        @MultiLine
        private String themes;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getThemes() {
            return themes;
        }

        public void setThemes(String themes) {
            this.themes = themes;
        }
    }

    private final SubscriptionService subscriptions;
    private final Mailbox mailbox;

    ManageUpdatesController(SubscriptionService subscriptions, Mailbox mailbox) {
        this.subscriptions = subscriptions;
        this.mailbox = mailbox;
    }

    @GetMapping("/manage/email-updates")
    String page(Model model) {
        UpdateSettings settings = subscriptions.settings();
        if (!model.containsAttribute("form")) {
            ThemesForm form = new ThemesForm();
            form.setThemes(settings.getThemesText());
            model.addAttribute("form", form);
        }
        ((ThemesForm) model.getAttribute("form")).setVersion(settings.getVersion());
        model.addAttribute("confirmed", subscriptions.count(Subscription.Status.CONFIRMED));
        model.addAttribute("pending", subscriptions.count(Subscription.Status.PENDING));
        model.addAttribute("alerts", subscriptions.recentAlerts());
        model.addAttribute("mail", mailbox.counts());
        model.addAttribute("zone", London.ZONE);
        return "subscriptions/manage/email-updates";
    }

    @PostMapping("/manage/email-updates/themes")
    String changeThemes(
            @ModelAttribute("form") ThemesForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!Forms.attempt(result, () -> subscriptions.changeThemes(form.getVersion(), form.getThemes()))) {
            return page(model);
        }
        redirect.addFlashAttribute("flash", "The themes have been saved");
        return "redirect:/manage/email-updates";
    }
}
