package org.scrutiny.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.support.Accessibility;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;

@ScrutinyTest
class SecretariatJourneyBrowserTest extends BrowserTestBase {

    @Autowired
    MeetingService meetings;

    @Test
    void the_secretariat_creates_a_meeting_at_a_new_venue_correcting_a_mistake_on_the_way() {
        LocalDate date = LocalDate.now().plusMonths(3);
        signInAs("secretariat@demo.scrutiny.test");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Manage").setExact(true))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan a meeting"))
                .first()
                .click();
        page.getByLabel("Meeting", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Day").fill("31");
        page.getByLabel("Month").fill("2");
        page.getByLabel("Year").fill(Integer.toString(date.getYear()));
        page.getByLabel("Yes, the date is confirmed").check();
        page.getByLabel("Start time").fill("1:30pm");
        page.getByLabel("A new venue").check();
        page.getByLabel("Name of the venue").fill("Council Chamber, Fenland Hall");
        page.getByLabel("Address").fill("County Road");
        page.getByLabel("Town or city").fill("March");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the work programme"))
                .click();

        assertThat(page.locator(".govuk-error-summary").textContent())
                .contains("The date of the meeting must be a real date");
        assertThat(page.title()).contains("Plan a meeting");
        assertThat(page.getByLabel("Name of the venue").inputValue()).isEqualTo("Council Chamber, Fenland Hall");
        assertThat(Accessibility.violationsOn(page)).isEmpty();

        page.locator(".govuk-error-summary a").first().click();
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("date");
        page.getByLabel("Day").fill(Integer.toString(date.getDayOfMonth()));
        page.getByLabel("Month").fill(Integer.toString(date.getMonthValue()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the work programme"))
                .click();

        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("added to the work programme");
        assertThat(page.locator("main").textContent())
                .contains("Council Chamber, Fenland Hall, County Road, March")
                .contains("Apologies for Absence");
        assertThat(meetings.venues()).anyMatch(v -> v.getName().equals("Council Chamber, Fenland Hall"));
        assertThat(Accessibility.violationsOn(page)).isEmpty();
    }
}
