package org.scrutiny.membership.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.scrutiny.membership.MemberKind;
import org.scrutiny.membership.MemberRole;
import org.scrutiny.membership.Office;
import org.scrutiny.membership.PanelMember;
import org.scrutiny.membership.domain.Appointment;
import org.scrutiny.membership.domain.Membership;
import org.scrutiny.membership.domain.MembershipService;
import org.scrutiny.membership.domain.Person;
import org.scrutiny.membership.domain.Substitute;
import org.scrutiny.shared.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class PublicMembersController {

    private final MembershipService membership;
    private final Clock clock;

    PublicMembersController(MembershipService membership, Clock clock) {
        this.membership = membership;
        this.clock = clock;
    }

    @GetMapping("/members")
    String members(Model model) {
        LocalDate today = LocalDate.now(clock);
        List<PanelMember> current = membership.membersOn(today);
        Map<String, List<Substitute>> substitutesByAuthority = membership.substitutesOn(today).stream()
                .collect(Collectors.groupingBy(
                        s -> s.getAuthority().getName(), LinkedHashMap::new, Collectors.toList()));
        List<Appointment> appointments = membership.appointmentsOn(today);
        model.addAttribute("today", today);
        model.addAttribute("municipalYear", membership.panel().municipalYearOf(today));
        model.addAttribute(
                "councillors",
                current.stream().filter(m -> m.kind() == MemberKind.COUNCILLOR).toList());
        model.addAttribute(
                "independents",
                current.stream()
                        .filter(m -> m.kind() == MemberKind.INDEPENDENT_CO_OPTED)
                        .toList());
        model.addAttribute("substitutesByAuthority", substitutesByAuthority);
        model.addAttribute(
                "panelOfficers",
                appointments.stream()
                        .filter(a -> a.getOffice().side() == Office.Side.PANEL)
                        .toList());
        model.addAttribute(
                "commissionerSide",
                appointments.stream()
                        .filter(a -> a.getOffice().side() != Office.Side.PANEL)
                        .toList());
        model.addAttribute("pastMembers", membership.pastMembers(today));
        boolean rolesThisYear = current.stream().anyMatch(m -> m.role() != MemberRole.MEMBER);
        model.addAttribute(
                "earlierRoles",
                rolesThisYear
                        ? null
                        : membership
                                .latestRolesUpTo(membership
                                        .panel()
                                        .municipalYearOf(today)
                                        .startYear())
                                .orElse(null));
        return "membership/public/members";
    }

    /**
     * A person in a public role around the panel: their memberships, roles and terms, the councils
     * that named them as substitutes, and their posts. Only the name and public roles are shown; a
     * person with no such role is not a page.
     */
    @GetMapping("/people/{id}")
    String person(@PathVariable long id, Model model) {
        Person person = membership.person(id);
        List<Membership> memberships = membership.membershipsOf(id);
        List<Substitute> substitutes = membership.substitutesOf(id);
        List<Appointment> posts = membership.appointmentsOf(id);
        if (memberships.isEmpty() && substitutes.isEmpty() && posts.isEmpty()) {
            throw new RecordNotFoundException("Person", id);
        }
        LocalDate today = LocalDate.now(clock);
        boolean councillor =
                memberships.stream().anyMatch(m -> m.getKind() == MemberKind.COUNCILLOR) || !substitutes.isEmpty();
        model.addAttribute("person", person);
        model.addAttribute("title", councillor ? "Councillor " + person.name() : person.name());
        model.addAttribute("memberships", memberships);
        model.addAttribute("substitutes", substitutes);
        model.addAttribute("posts", posts);
        model.addAttribute("today", today);
        model.addAttribute("attends", !memberships.isEmpty() || !substitutes.isEmpty());
        return "membership/public/person";
    }
}
