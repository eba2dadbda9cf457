package org.scrutiny.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.MeetingBuilder.aMeeting;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.plan.FollowableThemes;
import org.scrutiny.shared.London;
import org.scrutiny.subscriptions.domain.AlertSender;
import org.scrutiny.subscriptions.domain.Subscription;
import org.scrutiny.subscriptions.domain.SubscriptionService;
import org.scrutiny.support.Accessibility;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The OPCC updates a deliverable and records a key decision it expects to take; a follower of the
 * decision's theme is sent an email; the secretariat puts the decision on a coming meeting's work
 * programme, from the decision's public page.
 */
@ScrutinyTest
class PlanJourneyBrowserTest extends BrowserTestBase {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    FollowableThemes themes;

    @Autowired
    MeetingService meetings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AlertSender alerts;

    @Test
    void the_office_updates_the_plan_a_follower_is_told_and_the_secretariat_programmes_the_decision() {
        LocalDate today = LocalDate.now(London.ZONE);
        long prevention = themes.idOf("Crime Prevention").orElseThrow();
        Subscription follower = subscriptions.signUp(new SubscriptionService.SignUp(
                "plan.follower@example.org", false, false, false, null, List.of("theme:" + prevention), List.of()));
        subscriptions.confirm(follower.getToken());
        long meetingId = aMeeting().on(today.plusWeeks(5)).plannedWith(meetings).getId();

        signInAs("opcc@demo.scrutiny.test");
        page.navigate("/opcc/plan");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fraud and Cyber Crime Awareness Campaigns"))
                .click();
        page.getByLabel("At risk", EXACT).check();
        page.getByLabel("What has changed", EXACT).fill("The spring campaign waits for the partners' funding.");
        click(AriaRole.BUTTON, "Change the status");
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("The status has been changed");
        assertThat(page.locator("main").textContent()).contains("The spring campaign waits for the partners' funding.");
        assertThat(Accessibility.violationsOn(page)).as("a deliverable").isEmpty();

        page.navigate("/opcc/decisions/new");
        page.getByLabel("Reference", EXACT).fill("JOURNEY/2027/001");
        page.getByLabel("Title", EXACT).fill("Knife crime prevention fund");
        page.getByLabel("Summary", EXACT).fill("A fund for schools' knife crime prevention work.");
        page.getByLabel("Theme of the plan", EXACT).selectOption(new SelectOption().setLabel("Crime Prevention"));
        page.getByLabel("It is a key decision", EXACT).check();
        LocalDate expected = today.plusMonths(2);
        page.locator("#expectedOn").fill(String.valueOf(expected.getDayOfMonth()));
        page.locator("#expectedOn-month").fill(String.valueOf(expected.getMonthValue()));
        page.locator("#expectedOn-year").fill(String.valueOf(expected.getYear()));
        click(AriaRole.BUTTON, "Save the decision");
        assertThat(page.locator(".govuk-notification-banner").textContent())
                .contains("The decision JOURNEY/2027/001 has been recorded");

        alerts.sendDue();
        assertThat(jdbc.queryForList(
                        "select subject from mail_outbox where recipients = ?",
                        String.class,
                        "plan.follower@example.org"))
                .contains("Key decision expected: Knife crime prevention fund")
                .anyMatch(s -> s.startsWith("Police and Crime Plan: Fraud and Cyber Crime Awareness Campaigns"));

        context.clearCookies();
        signInAs("secretariat@demo.scrutiny.test");
        page.navigate("/decisions");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Knife crime prevention fund"))
                .first()
                .click();
        page.getByLabel("Meeting", EXACT).selectOption(String.valueOf(meetingId));
        click(AriaRole.BUTTON, "Add to the work programme");
        assertThat(page.url()).endsWith("/manage/meetings/" + meetingId);
        assertThat(page.locator("main").textContent()).contains("Commissioner's decision: Knife crime prevention fund");
    }
}
