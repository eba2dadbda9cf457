package org.scrutiny.web;

import java.util.ArrayList;
import java.util.List;
import org.scrutiny.accounts.CurrentUser;
import org.scrutiny.accounts.Role;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.PanelMembership;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the panel, the signed-in user and the navigation. */
@ControllerAdvice
@Order(0)
class SiteModel {

    record NavigationLink(String section, String href, String text) {}

    private final PanelMembership membership;
    private final String calendarAddress;

    SiteModel(PanelMembership membership, @Value("${scrutiny.public-url:http://localhost:8080}") String publicUrl) {
        this.membership = membership;
        String site = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.calendarAddress = site + "/meetings.ics";
    }

    @ModelAttribute
    void populate(Model model) {
        PanelDetails panel = panelIfConfigured();
        CurrentUser user = CurrentUser.from(SecurityContextHolder.getContext().getAuthentication());
        model.addAttribute("panel", panel);
        model.addAttribute("calendarAddress", calendarAddress);
        model.addAttribute("calendarSubscription", calendarAddress.replaceFirst("^https?://", "webcal://"));
        model.addAttribute("siteName", panel == null ? "Police and Crime Panel" : panel.name());
        model.addAttribute("currentUser", user);
        model.addAttribute("navigation", navigation(user));
    }

    private PanelDetails panelIfConfigured() {
        PanelDetails panel = membership.panel();
        return panel.configured() ? panel : null;
    }

    private static List<NavigationLink> navigation(CurrentUser user) {
        List<NavigationLink> links = new ArrayList<>(List.of(
                new NavigationLink("home", "/", "Home"),
                new NavigationLink("meetings", "/meetings", "Meetings"),
                new NavigationLink("work-programme", "/work-programme", "Work programme"),
                new NavigationLink("members", "/members", "Members"),
                new NavigationLink("recommendations", "/recommendations", "Recommendations")));
        if (user != null && user.canManage()) {
            links.add(new NavigationLink("manage", "/manage", "Manage"));
        }
        if (user != null && (user.canManage() || user.roles().contains(Role.OPCC))) {
            links.add(new NavigationLink("reports", "/reports", "Reports"));
        }
        if (user != null && user.isAdmin()) {
            links.add(new NavigationLink("admin", "/admin/users", "Users"));
        }
        return links;
    }
}
