package org.scrutiny.membership.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.scrutiny.membership.MemberKind;
import org.scrutiny.membership.MemberRole;
import org.scrutiny.membership.Office;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.domain.Appointment;
import org.scrutiny.membership.domain.Membership;
import org.scrutiny.membership.domain.MembershipService;
import org.scrutiny.membership.domain.Person;
import org.scrutiny.membership.domain.Term;
import org.scrutiny.shared.MunicipalYear;
import org.scrutiny.shared.audit.AuditTrail;
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

/** People, and their memberships, roles, substitute nominations and appointments. */
@Controller
@RequestMapping("/manage")
class ManagePeopleController {

    private final MembershipService membership;
    private final AuditTrail auditTrail;
    private final Clock clock;

    ManagePeopleController(MembershipService membership, AuditTrail auditTrail, Clock clock) {
        this.membership = membership;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    // --- people ----------------------------------------------------------------------------

    @GetMapping("/people")
    String people(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("people", membership.people());
        model.addAttribute("members", membership.membersOn(today));
        model.addAttribute("today", today);
        return "membership/manage/people";
    }

    @GetMapping("/people/new")
    String newPerson(Model model) {
        model.addAttribute("form", new PersonForm());
        return "membership/manage/person-form";
    }

    @PostMapping("/people/new")
    String addPerson(
            @Valid @ModelAttribute("form") PersonForm form, BindingResult result, RedirectAttributes redirect) {
        Optional<Person> added = Forms.saved(result, () -> membership.addPerson(form.details()));
        if (added.isEmpty()) {
            return "membership/manage/person-form";
        }
        redirect.addFlashAttribute("flash", added.get().name() + " has been added");
        return "redirect:/manage/people/" + added.get().getId();
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable long id, Model model) {
        Person person = membership.person(id);
        PanelDetails panel = membership.panel();
        List<Membership> memberships = membership.membershipsOf(id);
        model.addAttribute("person", person);
        model.addAttribute("memberships", memberships);
        model.addAttribute("substitutes", membership.substitutesOf(id));
        model.addAttribute("appointments", membership.appointmentsOf(id));
        model.addAttribute("panelDetails", panel);
        model.addAttribute("history", auditTrail.historyOf(Person.class, id));
        return "membership/manage/person";
    }

    @GetMapping("/people/{id}/edit")
    String editPerson(@PathVariable long id, Model model) {
        model.addAttribute("form", PersonForm.of(membership.person(id)));
        model.addAttribute("personId", id);
        return "membership/manage/person-form";
    }

    @PostMapping("/people/{id}/edit")
    String savePerson(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!Forms.attempt(result, () -> membership.editPerson(id, form.getVersion(), form.details()))) {
            model.addAttribute("personId", id);
            return "membership/manage/person-form";
        }
        redirect.addFlashAttribute("flash", "The details have been saved");
        return "redirect:/manage/people/" + id;
    }

    // --- memberships -----------------------------------------------------------------------

    @GetMapping("/people/{id}/memberships/new")
    String newMembership(@PathVariable long id, Model model) {
        return membershipForm(membership.person(id), new MembershipForm(), null, model);
    }

    @PostMapping("/people/{id}/memberships/new")
    String appointMember(
            @PathVariable long id,
            @Valid @ModelAttribute("form") MembershipForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Person person = membership.person(id);
        MemberKind kind = Forms.choice(
                MemberKind.class,
                form.getKind(),
                result,
                "kind",
                "Select whether this is a councillor or an independent co-opted member");
        Term term = form.term(result);
        if (!Forms.attempt(
                result,
                () -> membership.appointMember(id, kind, authorityFor(kind, form.getAuthorityId(), result), term))) {
            return membershipForm(person, form, null, model);
        }
        redirect.addFlashAttribute("flash", person.name() + " has been added as a member");
        return "redirect:/manage/people/" + id;
    }

    @GetMapping("/memberships/{id}/edit")
    String editMembership(@PathVariable long id, Model model) {
        Membership existing = membership.membership(id);
        return membershipForm(existing.getPerson(), MembershipForm.of(existing), id, model);
    }

    @PostMapping("/memberships/{id}/edit")
    String changeMembership(
            @PathVariable long id,
            @Valid @ModelAttribute("form") MembershipForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Membership existing = membership.membership(id);
        MemberKind kind = Forms.choice(
                MemberKind.class,
                form.getKind(),
                result,
                "kind",
                "Select whether this is a councillor or an independent co-opted member");
        Term term = form.term(result);
        if (!Forms.attempt(
                result,
                () -> membership.changeMembership(
                        id, form.getVersion(), kind, authorityFor(kind, form.getAuthorityId(), result), term))) {
            return membershipForm(existing.getPerson(), form, id, model);
        }
        redirect.addFlashAttribute("flash", "The membership has been saved");
        return "redirect:/manage/people/" + existing.getPerson().getId();
    }

    private static Long authorityFor(MemberKind kind, String authorityId, BindingResult result) {
        Long id = Forms.id(authorityId);
        if (kind == MemberKind.COUNCILLOR && id == null) {
            result.rejectValue("authorityId", "required", "Select the authority that appointed this councillor");
        }
        return id;
    }

    private String membershipForm(Person person, MembershipForm form, Long membershipId, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("membershipId", membershipId);
        model.addAttribute(
                "kinds",
                Arrays.stream(MemberKind.values())
                        .map(k -> Option.of(k.name(), k.label()))
                        .toList());
        model.addAttribute("authorityOptions", authorityOptions("None (independent co-opted member)"));
        return "membership/manage/membership-form";
    }

    private List<Option> authorityOptions(String noneLabel) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", noneLabel));
        options.addAll(Forms.options(membership.authorities(), a -> a.getId(), a -> a.getName()));
        return options;
    }

    @GetMapping("/memberships/{id}/role")
    String role(@PathVariable long id, Model model) {
        Membership existing = membership.membership(id);
        RoleForm form = new RoleForm();
        MunicipalYear year = membership.panel().municipalYearOf(LocalDate.now(clock));
        form.setMunicipalYear(Integer.toString(year.startYear()));
        form.setRole(existing.roleIn(year.startYear()).name());
        return roleForm(existing, form, model);
    }

    @PostMapping("/memberships/{id}/role")
    String assignRole(
            @PathVariable long id,
            @ModelAttribute("form") RoleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Membership existing = membership.membership(id);
        MemberRole role = Forms.choice(MemberRole.class, form.getRole(), result, "role", "Select the role");
        Integer year = null;
        try {
            year = Integer.valueOf(form.getMunicipalYear());
        } catch (RuntimeException e) {
            result.rejectValue("municipalYear", "year", "Select the municipal year");
        }
        int chosenYear = year == null ? 0 : year;
        if (!Forms.attempt(result, () -> membership.assignRole(id, chosenYear, role))) {
            return roleForm(existing, form, model);
        }
        redirect.addFlashAttribute("flash", "The role has been saved");
        return "redirect:/manage/people/" + existing.getPerson().getId();
    }

    private String roleForm(Membership existing, RoleForm form, Model model) {
        PanelDetails panel = membership.panel();
        MunicipalYear first = panel.municipalYearOf(existing.getStartDate());
        MunicipalYear last = panel.municipalYearOf(
                existing.getEndDate() != null
                        ? existing.getEndDate()
                        : LocalDate.now(clock).plusYears(1));
        List<Option> years = new ArrayList<>();
        for (MunicipalYear y = first; y.compareTo(last) <= 0; y = y.next()) {
            years.add(Option.of(y.startYear(), y.label()));
        }
        model.addAttribute("membership", existing);
        model.addAttribute("form", form);
        model.addAttribute("years", years);
        model.addAttribute(
                "roles",
                Arrays.stream(MemberRole.values())
                        .map(r -> Option.of(r.name(), r.label()))
                        .toList());
        return "membership/manage/role-form";
    }

    // --- substitutes -----------------------------------------------------------------------

    @GetMapping("/people/{id}/substitutes/new")
    String newSubstitute(@PathVariable long id, Model model) {
        return substituteForm(membership.person(id), new SubstituteForm(), null, model);
    }

    @PostMapping("/people/{id}/substitutes/new")
    String nameSubstitute(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SubstituteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Person person = membership.person(id);
        Long authorityId = requiredAuthority(form.getAuthorityId(), result);
        Term term = form.term(result);
        if (!Forms.attempt(
                result, () -> membership.nameSubstitute(id, authorityId, Forms.id(form.getMembershipId()), term))) {
            return substituteForm(person, form, null, model);
        }
        redirect.addFlashAttribute("flash", person.name() + " has been named as a substitute");
        return "redirect:/manage/people/" + id;
    }

    @GetMapping("/substitutes/{id}/edit")
    String editSubstitute(@PathVariable long id, Model model) {
        var substitute = membership.substitute(id);
        return substituteForm(substitute.getPerson(), SubstituteForm.of(substitute), id, model);
    }

    @PostMapping("/substitutes/{id}/edit")
    String changeSubstitute(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SubstituteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var substitute = membership.substitute(id);
        Long authorityId = requiredAuthority(form.getAuthorityId(), result);
        Term term = form.term(result);
        if (!Forms.attempt(
                result,
                () -> membership.changeSubstitute(
                        id, form.getVersion(), authorityId, Forms.id(form.getMembershipId()), term))) {
            return substituteForm(substitute.getPerson(), form, id, model);
        }
        redirect.addFlashAttribute("flash", "The substitute has been saved");
        return "redirect:/manage/people/" + substitute.getPerson().getId();
    }

    private static Long requiredAuthority(String value, BindingResult result) {
        Long id = Forms.id(value);
        if (id == null) {
            result.rejectValue("authorityId", "required", "Select the authority that named this substitute");
        }
        return id;
    }

    private String substituteForm(Person person, SubstituteForm form, Long substituteId, Model model) {
        List<Option> members = new ArrayList<>();
        members.add(new Option("", "Any member from the authority"));
        membership.membersOn(LocalDate.now(clock)).stream()
                .filter(m -> m.kind() == MemberKind.COUNCILLOR)
                .forEach(m -> members.add(Option.of(m.membershipId(), m.formalName() + " (" + m.authority() + ")")));
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("substituteId", substituteId);
        model.addAttribute("authorityOptions", authorityOptions("Select an authority"));
        model.addAttribute("memberOptions", members);
        return "membership/manage/substitute-form";
    }

    // --- appointments ----------------------------------------------------------------------

    @GetMapping("/people/{id}/appointments/new")
    String newAppointment(@PathVariable long id, Model model) {
        return appointmentForm(membership.person(id), new AppointmentForm(), null, model);
    }

    @PostMapping("/people/{id}/appointments/new")
    String appoint(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AppointmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Person person = membership.person(id);
        Appointment.Post post = form.post(result);
        if (!Forms.attempt(result, () -> membership.appoint(id, post))) {
            return appointmentForm(person, form, null, model);
        }
        redirect.addFlashAttribute("flash", person.name() + " has been appointed");
        return "redirect:/manage/people/" + id;
    }

    @GetMapping("/appointments/{id}/edit")
    String editAppointment(@PathVariable long id, Model model) {
        var appointment = membership.appointment(id);
        return appointmentForm(appointment.getPerson(), AppointmentForm.of(appointment), id, model);
    }

    @PostMapping("/appointments/{id}/edit")
    String changeAppointment(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AppointmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var appointment = membership.appointment(id);
        Appointment.Post post = form.post(result);
        if (!Forms.attempt(result, () -> membership.changeAppointment(id, form.getVersion(), post))) {
            return appointmentForm(appointment.getPerson(), form, id, model);
        }
        redirect.addFlashAttribute("flash", "The appointment has been saved");
        return "redirect:/manage/people/" + appointment.getPerson().getId();
    }

    private String appointmentForm(Person person, AppointmentForm form, Long appointmentId, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("appointmentId", appointmentId);
        model.addAttribute(
                "offices",
                Arrays.stream(Office.values())
                        .map(o -> Option.of(o.name(), o.label()))
                        .toList());
        return "membership/manage/appointment-form";
    }
}
