package org.scrutiny.accounts.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.scrutiny.accounts.Role;
import org.scrutiny.accounts.domain.AccountService;
import org.scrutiny.accounts.domain.UserAccount;
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

/** Administrators create accounts and set each one's role. */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    private final AccountService accounts;

    AdminUsersController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String users(Model model) {
        model.addAttribute("users", accounts.all());
        return "accounts/manage/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new NewUserForm());
        return userForm(model);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") NewUserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Role role = Forms.choice(Role.class, form.getRole(), result, "role", "Select the role");
        if (!Forms.attempt(
                result,
                () -> accounts.create(
                        form.getEmail().trim(), form.getDisplayName().trim(), form.getPassword(), role))) {
            form.setPassword(null);
            return userForm(model);
        }
        redirect.addFlashAttribute(
                "flash", "An account has been created for " + form.getEmail().trim());
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        UserAccount account = accounts.get(id);
        UserAccessForm form = new UserAccessForm();
        form.setRole(account.getRole().name());
        form.setEnabled(account.isEnabled());
        form.setVersion(account.getVersion());
        model.addAttribute("form", form);
        model.addAttribute("account", account);
        return userForm(model);
    }

    @PostMapping("/{id}/edit")
    String change(
            @PathVariable long id,
            @ModelAttribute("form") UserAccessForm form,
            BindingResult result,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        Role role = Forms.choice(Role.class, form.getRole(), result, "role", "Select the role");
        if (!Forms.attempt(
                result, () -> accounts.change(id, form.getVersion(), role, form.isEnabled(), principal.getName()))) {
            model.addAttribute("account", accounts.get(id));
            return userForm(model);
        }
        redirect.addFlashAttribute("flash", "The account has been saved");
        return "redirect:/admin/users";
    }

    private static String userForm(Model model) {
        List<Option> roles = Arrays.stream(Role.values())
                .map(r -> Option.of(r.name(), r.label()))
                .toList();
        model.addAttribute("roles", roles);
        return model.containsAttribute("account") ? "accounts/manage/user-edit" : "accounts/manage/user-form";
    }
}
