package org.scrutiny.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.MeetingBuilder.aMeeting;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.support.Accessibility;
import org.scrutiny.support.Papers;
import org.scrutiny.support.PdfChecker;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;

@ScrutinyTest
class AgendaPublishingBrowserTest extends BrowserTestBase {

    @Autowired
    MeetingService meetings;

    @Autowired
    Clock clock;

    @Test
    void the_secretariat_builds_and_publishes_an_agenda_with_an_uploaded_report_and_the_public_opens_the_pack() {
        LocalDate date = LocalDate.now(clock).plusWeeks(10);
        long meetingId = aMeeting()
                .on(date)
                .at(LocalTime.of(10, 0))
                .plannedWith(meetings)
                .getId();
        meetings.planItem(meetingId, "Police and Crime Plan: Estates Strategy", null);
        signInAs("secretariat@demo.scrutiny.test");

        page.navigate("/manage/meetings/" + meetingId + "/agenda");
        click(AriaRole.BUTTON, "Start the agenda");
        assertThat(page.locator("main")).containsText("Police and Crime Plan: Estates Strategy");
        page.getByLabel("Title of the item").fill("Victims' Services Update");
        click(AriaRole.BUTTON, "Add the item");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Victims' Services Update");
        assertThat(Accessibility.violationsOn(page)).isEmpty();

        click(AriaRole.LINK, "Request a report for Police and Crime Plan: Estates Strategy");
        page.getByLabel("Panel secretariat").check();
        LocalDate due = date.minusWeeks(3);
        page.getByLabel("Day").fill(Integer.toString(due.getDayOfMonth()));
        page.getByLabel("Month").fill(Integer.toString(due.getMonthValue()));
        page.getByLabel("Year").fill(Integer.toString(due.getYear()));
        click(AriaRole.BUTTON, "Request the report");

        page.getByText("Report: Requested").click();
        click(AriaRole.LINK, "Edit the report");
        click(AriaRole.LINK, "Upload the report as a file instead");
        page.getByLabel("Upload a file")
                .setInputFiles(new FilePayload(
                        "estates-strategy.pdf",
                        "application/pdf",
                        Papers.taggedPdf("Estates Strategy 2022 to 2025", 3)));
        assertThat(Accessibility.violationsOn(page)).isEmpty();
        click(AriaRole.BUTTON, "Upload");
        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("‘estates-strategy.pdf’ has been uploaded (PDF, ");
        assertThat(page.locator(".govuk-notification-banner")).containsText("3 pages");
        click(AriaRole.BUTTON, "Submit the uploaded report to the secretariat");

        page.navigate("/manage/meetings/" + meetingId + "/agenda");
        page.getByText("Report: Submitted").click();
        click(AriaRole.BUTTON, "Accept for publication");
        click(AriaRole.BUTTON, "Check and publish the agenda");
        assertThat(page.locator("main"))
                .containsText("Every item on the agenda is ready, and every report requested has been accepted.");
        assertThat(Accessibility.violationsOn(page)).isEmpty();
        click(AriaRole.BUTTON, "Publish the agenda");

        assertThat(page.locator(".govuk-notification-banner")).containsText("The agenda has been published");
        page.getByText("is ready").waitFor(new Locator.WaitForOptions().setTimeout(90_000));
        assertThat(Accessibility.violationsOn(page)).isEmpty();

        try (BrowserContext publicContext =
                context.browser().newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + port))) {
            Page visitor = publicContext.newPage();
            visitor.navigate("/meetings/" + meetingId + "/agenda");
            assertThat(visitor.locator("main").textContent())
                    .contains("1. Apologies for Absence")
                    .contains("Police and Crime Plan: Estates Strategy")
                    .contains("Victims' Services Update");
            assertThat(Accessibility.violationsOn(visitor)).isEmpty();
            String href = visitor.getByRole(
                            AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the agenda pack"))
                    .getAttribute("href");
            APIResponse pack = visitor.request().get(href);
            assertThat(pack.status()).isEqualTo(200);
            assertThat(pack.headers().get("content-type")).isEqualTo("application/pdf");
            assertThat(PdfChecker.pdfUaFailures(pack.body())).isEmpty();
            assertThat(PdfChecker.text(pack.body()).replaceAll("\\s+", " "))
                    .contains("Police and Crime Plan: Estates Strategy")
                    .contains("Text of Estates Strategy 2022 to 2025, page 3.");
        }
    }
}
