package org.scrutiny.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.scrutiny.accounts.CurrentUser;
import org.scrutiny.accounts.Role;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.shared.tasks.TaskList;
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
    private final TaskList tasks;
    private final String calendarAddress;

    SiteModel(
            PanelMembership membership,
            TaskList tasks,
            @Value("${scrutiny.public-url:http://localhost:8080}") String publicUrl) {
        this.membership = membership;
        this.tasks = tasks;
        String site = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.calendarAddress = site + "/meetings.ics";
    }

    @ModelAttribute
    void populate(Model model, HttpServletRequest request) {
        // Only a page that is shown counts the tasks: a form's post redirects without showing any.
        populate(model, "GET".equals(request.getMethod()));
    }

    /** For the error pages, which go without the count of tasks: the database may be the error. */
    void populate(Model model) {
        populate(model, false);
    }

    private void populate(Model model, boolean countTasks) {
        PanelDetails panel = panelIfConfigured();
        CurrentUser user = CurrentUser.from(SecurityContextHolder.getContext().getAuthentication());
        model.addAttribute("panel", panel);
        model.addAttribute("calendarAddress", calendarAddress);
        model.addAttribute("calendarSubscription", calendarAddress.replaceFirst("^https?://", "webcal://"));
        model.addAttribute("siteName", panel == null ? "Police and Crime Panel" : panel.name());
        model.addAttribute("currentUser", user);
        model.addAttribute("navigation", navigation(user, countTasks ? taskCount(user) : 0));
    }

    private int taskCount(CurrentUser user) {
        return user == null ? 0 : tasks.count(Desks.of(user));
    }

    private PanelDetails panelIfConfigured() {
        PanelDetails panel = membership.panel();
        return panel.configured() ? panel : null;
    }

    private static List<NavigationLink> navigation(CurrentUser user, int taskCount) {
        List<NavigationLink> links = new ArrayList<>(List.of(new NavigationLink("home", "/", "Home")));
        if (user != null) {
            links.add(new NavigationLink(
                    "tasks", "/account", taskCount == 0 ? "Your tasks" : "Your tasks (" + taskCount + ")"));
        }
        links.addAll(List.of(
                new NavigationLink("meetings", "/meetings", "Meetings"),
                new NavigationLink("work-programme", "/work-programme", "Work programme"),
                new NavigationLink("members", "/members", "Members"),
                new NavigationLink("recommendations", "/recommendations", "Recommendations"),
                new NavigationLink("plan", "/plan", "Police and Crime Plan")));
        if (user != null && user.canManage()) {
            links.add(new NavigationLink("manage", "/manage", "Manage"));
        }
        if (user != null && (user.canManage() || user.roles().contains(Role.OPCC))) {
            links.add(new NavigationLink("reports", "/reports", "Reports"));
        }
        if (user != null && user.handlesComplaints()) {
            links.add(new NavigationLink("complaints", "/manage/complaints", "Complaints"));
        }
        if (user != null && user.handlesComplaintReviews()) {
            links.add(new NavigationLink("complaint-reviews", "/opcc/complaint-reviews", "Complaint reviews"));
        }
        if (user != null && user.isAdmin()) {
            links.add(new NavigationLink("admin", "/admin/users", "Users"));
        }
        return links;
    }
}
