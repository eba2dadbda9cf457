package org.scrutiny.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.MeetingBuilder.aMeeting;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.support.Accessibility;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;

@ScrutinyTest
class MinutesBrowserTest extends BrowserTestBase {

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendas;

    @Autowired
    Clock clock;

    @Test
    void the_secretariat_minutes_a_meeting_with_an_action_and_a_recommendation_and_the_public_reads_the_draft() {
        LocalDate date = LocalDate.now(clock).minusDays(3);
        long meetingId = aMeeting().on(date).plannedWith(meetings).getId();
        meetings.planItem(meetingId, "Police and Crime Plan: Estates Strategy", null);
        agendas.start(meetingId);
        signInAs("secretariat@demo.scrutiny.test");

        page.navigate("/manage/meetings/" + meetingId + "/minutes");
        page.getByLabel("Number of the first minute").fill("57");
        click(AriaRole.BUTTON, "Start the minutes");
        assertThat(page.locator(".govuk-notification-banner")).containsText("The minutes have been started");

        click(AriaRole.LINK, "Record attendance");
        page.locator("input[name='members[2].presence'][value='APOLOGIES']").check();
        page.locator("input[name=chair]").first().check();
        assertThat(Accessibility.violationsOn(page)).isEmpty();
        click(AriaRole.BUTTON, "Save the attendance");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Attendance has been recorded");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Police and Crime Plan: Estates Strategy"))
                .click();
        page.getByLabel("What the panel received and heard")
                .fill("The Panel received the Commissioner's estates strategy.");
        page.getByLabel("Points raised")
                .fill("A member asked when the new hub would open.\nThe Commissioner said in the spring.");
        page.getByLabel("Recommendation to the Commissioner").check();
        page.getByLabel("What the panel decided").fill("That the Commissioner report on the cost of the new hub.");
        page.getByLabel("The decision was unanimous").check();
        click(AriaRole.BUTTON, "Save the minute");
        assertThat(page.locator(".govuk-notification-banner")).containsText("The minute has been saved");
        assertThat(Accessibility.violationsOn(page)).isEmpty();

        page.getByLabel("Action", new Page.GetByLabelOptions().setExact(true))
                .fill("The Commissioner would share the hub's opening date.");
        page.getByLabel("The Commissioner or the OPCC").check();
        click(AriaRole.BUTTON, "Record the action");
        assertThat(page.locator(".govuk-notification-banner")).containsText("The action has been recorded");

        click(AriaRole.LINK, "Record this recommendation as sent to the Commissioner");
        page.getByLabel("Short title").fill("Cost of the new police hub");
        click(AriaRole.BUTTON, "Record the recommendation");
        assertThat(page.locator(".govuk-notification-banner")).containsText("the response is due by");
        assertThat(page.locator("main")).containsText("Cost of the new police hub");

        page.navigate("/manage/meetings/" + meetingId + "/minutes");
        click(AriaRole.BUTTON, "Check and publish the draft minutes");
        assertThat(page.locator("main")).containsText("What publishing will do");
        assertThat(Accessibility.violationsOn(page)).isEmpty();
        click(AriaRole.BUTTON, "Publish the draft minutes");
        assertThat(page.locator(".govuk-notification-banner")).containsText("The draft minutes have been published");

        try (BrowserContext visitorContext =
                context.browser().newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + port))) {
            Page visitor = visitorContext.newPage();
            visitor.navigate("/meetings/" + meetingId);
            visitor.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Minutes").setExact(false))
                    .first()
                    .click();
            assertThat(visitor.locator("h1")).containsText("Draft minutes");
            assertThat(visitor.locator("main")).containsText("These minutes are a draft until the panel approves them");
            String text = visitor.locator("main").innerText();
            assertThat(text)
                    .contains("57. ")
                    .containsPattern("\\d+\\. Police and Crime Plan: Estates Strategy")
                    .contains("1. A member asked when the new hub would open.")
                    .contains(
                            "The Panel unanimously AGREED the following recommendation to the Commissioner: That the Commissioner report on the cost of the new hub.")
                    .contains("Action: The Commissioner would share the hub's opening date.");
            assertThat(Accessibility.violationsOn(visitor)).isEmpty();
            visitor.navigate("/recommendations");
            assertThat(visitor.locator("main")).containsText("Cost of the new police hub");
        }
    }
}
