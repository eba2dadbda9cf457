package org.scrutiny.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.FileReader;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.scrutiny.support.Accessibility;
import org.scrutiny.support.ScrutinyTest;

@ScrutinyTest
class PublicJourneyBrowserTest extends BrowserTestBase {

    @Test
    void a_member_of_the_public_finds_a_meeting_and_downloads_its_calendar_file() throws Exception {
        page.navigate("/");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Site menu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Meetings"))
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("2022/23").setExact(true))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wednesday 15 March 2023, 1:30pm"))
                .click();

        assertThat(page.locator("h1").textContent()).isEqualTo("Meeting, 15 March 2023");
        assertThat(page.locator("main").textContent()).contains("22 March 2023").contains("Putting Communities First");
        assertThat(Accessibility.violationsOn(page)).isEmpty();

        Download download = page.waitForDownload(
                () -> page.getByText("Add this meeting to your calendar").click());
        assertThat(download.suggestedFilename()).endsWith(".ics");
        Calendar calendar;
        try (FileReader reader = new FileReader(download.path().toFile())) {
            calendar = new CalendarBuilder().build(reader);
        }
        VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20230315T133000");
        assertThat(event.getProperty(Property.URL).orElseThrow().getValue()).endsWith("/meetings/12");
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
    }
}
