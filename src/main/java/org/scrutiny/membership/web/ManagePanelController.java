package org.scrutiny.membership.web;

import jakarta.validation.Valid;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.domain.Authority;
import org.scrutiny.membership.domain.MembershipService;
import org.scrutiny.shared.WorkingDays;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The panel's own details and its constituent authorities. */
@Controller
@RequestMapping("/manage")
class ManagePanelController {

    private static final List<Option> MONTHS = IntStream.rangeClosed(1, 12)
            .mapToObj(m -> Option.of(m, Month.of(m).getDisplayName(TextStyle.FULL, Locale.UK)))
            .toList();

    private final MembershipService membership;

    ManagePanelController(MembershipService membership) {
        this.membership = membership;
    }

    @GetMapping("/panel")
    String panel(Model model) {
        model.addAttribute("form", PanelForm.of(membership.panel(), membership.panelVersion()));
        return panelForm(model);
    }

    @PostMapping("/panel")
    String savePanel(
            @Valid @ModelAttribute("form") PanelForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        PanelDetails details = form.details(result);
        if (!Forms.attempt(result, () -> membership.describePanel(form.getVersion(), details))) {
            return panelForm(model);
        }
        redirect.addFlashAttribute("flash", "The panel's details have been saved");
        return "redirect:/manage";
    }

    private String panelForm(Model model) {
        model.addAttribute("months", MONTHS);
        model.addAttribute(
                "regions",
                Arrays.stream(WorkingDays.Region.values())
                        .map(r -> Option.of(r.name(), r.label()))
                        .toList());
        return "membership/manage/panel";
    }

    @GetMapping("/authorities")
    String authorities(Model model) {
        model.addAttribute("authorities", membership.authorities());
        return "membership/manage/authorities";
    }

    @GetMapping("/authorities/new")
    String newAuthority(Model model) {
        model.addAttribute("form", new AuthorityForm());
        return "membership/manage/authority-form";
    }

    @PostMapping("/authorities/new")
    String addAuthority(
            @Valid @ModelAttribute("form") AuthorityForm form, BindingResult result, RedirectAttributes redirect) {
        if (!Forms.attempt(result, () -> membership.addAuthority(form.getName().trim()))) {
            return "membership/manage/authority-form";
        }
        redirect.addFlashAttribute("flash", form.getName().trim() + " has been added");
        return "redirect:/manage/authorities";
    }

    @GetMapping("/authorities/{id}/edit")
    String editAuthority(@PathVariable long id, Model model) {
        Authority authority = membership.authority(id);
        AuthorityForm form = new AuthorityForm();
        form.setName(authority.getName());
        form.setVersion(authority.getVersion());
        model.addAttribute("form", form);
        model.addAttribute("authorityId", id);
        return "membership/manage/authority-form";
    }

    @PostMapping("/authorities/{id}/edit")
    String renameAuthority(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AuthorityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!Forms.attempt(
                result,
                () -> membership.renameAuthority(
                        id, form.getVersion(), form.getName().trim()))) {
            model.addAttribute("authorityId", id);
            return "membership/manage/authority-form";
        }
        redirect.addFlashAttribute("flash", form.getName().trim() + " has been saved");
        return "redirect:/manage/authorities";
    }
}
