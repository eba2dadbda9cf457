package org.scrutiny.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.scrutiny.support.Accessibility;
import org.scrutiny.support.PdfChecker;
import org.scrutiny.support.ScrutinyTest;

@ScrutinyTest
class PreceptBrowserTest extends BrowserTestBase {

    @Test
    void the_secretariat_records_a_notification_a_failed_veto_vote_and_the_report() {
        signInAs("secretariat@demo.scrutiny.test");
        page.navigate("/manage/precept");
        page.getByLabel("Financial year starting in April of").fill("2039");
        page.getByLabel("Day").fill("24");
        page.getByLabel("Month").fill("1");
        page.getByLabel("Year", new Page.GetByLabelOptions().setExact(true)).fill("2039");
        page.getByLabel("Proposed change for a Band D property, in pounds").fill("12.50");
        assertThat(Accessibility.violationsOn(page)).isEmpty();
        click(AriaRole.BUTTON, "Record the notification");
        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("review and reserve meetings are in the work programme");
        assertThat(page.locator("main")).containsText("Statutory timetable");

        String option = page.locator("#meeting option").nth(1).textContent();
        assertThat(option).contains("members: a veto needs");
        page.getByLabel("Meeting", new Page.GetByLabelOptions().setExact(true))
                .selectOption(
                        new String[] {page.locator("#meeting option").nth(1).getAttribute("value")});
        page.getByLabel("Votes for a veto").fill("2");
        page.getByLabel("The decision, as the report will give it")
                .fill("The Panel AGREED to NOT exercise its veto power over the proposed precept.");
        click(AriaRole.BUTTON, "Record the vote");
        assertThat(page.locator(".govuk-notification-banner")).containsText("The vote has been recorded");

        page.getByLabel("Day").fill("8");
        page.getByLabel("Month").fill("2");
        page.getByLabel("Year", new Page.GetByLabelOptions().setExact(true)).fill("2039");
        click(AriaRole.BUTTON, "Publish the report");
        assertThat(page.locator(".govuk-notification-banner")).containsText("The report is published");
        assertThat(Accessibility.violationsOn(page)).isEmpty();

        page.navigate("/precept/2039");
        assertThat(page.locator("main")).containsText("Not vetoed.");
        String href = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PDF of the panel's report"))
                .getAttribute("href");
        byte[] report = page.request().get(href).body();
        assertThat(PdfChecker.pdfUaFailures(report)).isEmpty();
        assertThat(PdfChecker.text(report).replaceAll("\\s+", " "))
                .contains("Date of notification: 24 January 2039")
                .contains("The Panel AGREED to NOT exercise its veto power over the proposed precept.");
        assertThat(Accessibility.violationsOn(page)).isEmpty();
    }
}
