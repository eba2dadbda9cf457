package org.scrutiny.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.MeetingBuilder.aMeeting;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutiny.agenda.domain.AgendaItem;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.papers.domain.Report;
import org.scrutiny.papers.domain.ReportService;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.support.Accessibility;
import org.scrutiny.support.ScrutinyTest;
import org.scrutiny.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A report's way from request to the public agenda, each person reaching their part from their task
 * list alone, never from an address typed in: the OPCC writes and submits the report, the secretariat
 * accepts it and publishes the agenda, a member opens the papers. The clock is set to a year no other
 * test uses, so each list holds this test's work first.
 */
@ScrutinyTest
class TaskListJourneyBrowserTest extends BrowserTestBase {

    private static final LocalDateTime NOW = LocalDateTime.of(2089, 3, 1, 10, 0);

    @Autowired
    TestClock clock;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendas;

    @Autowired
    ReportService reports;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private void backToTasks() {
        page.locator(".govuk-service-navigation__link[href='/account']").click();
        page.waitForLoadState();
        assertThat(page.locator("h1").textContent()).isEqualTo("Your tasks");
        assertThat(Accessibility.violationsOn(page)).isEmpty();
    }

    @Test
    void a_requested_report_goes_from_the_opcc_to_the_secretariat_to_the_public_agenda_by_task_lists_alone() {
        clock.set(NOW);
        LocalDate date = NOW.toLocalDate().plusWeeks(5);
        long meetingId = aMeeting().on(date).plannedWith(meetings).getId();
        meetings.planItem(meetingId, "Rural crime action plan", null);
        agendas.start(meetingId);
        AgendaItem item = agendas.agendaOf(meetingId).orElseThrow().getItems().stream()
                .filter(i -> i.getTitle().equals("Rural crime action plan"))
                .findFirst()
                .orElseThrow();
        Report requested = reports.request(
                meetingId, item.getId(), Report.Author.OPCC, NOW.toLocalDate().plusWeeks(3));

        signInAs("opcc@demo.scrutiny.test");
        assertThat(Accessibility.violationsOn(page)).isEmpty();
        click(
                AriaRole.LINK,
                "Write the report “Rural crime action plan” for the meeting on " + DisplayFormats.dayOf(date));
        page.getByLabel("Report of").fill("The Police and Crime Commissioner");
        page.getByLabel("1. Purpose").fill("To update the panel on the rural crime action plan.");
        page.getByLabel("2. Recommendations").fill("The Panel is recommended to note the report.");
        page.getByLabel("5. Key Issues").fill("Thefts of farm machinery fell by a fifth.");
        click(AriaRole.BUTTON, "Submit to the secretariat");
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("submitted");
        backToTasks();
        assertThat(page.locator("main").textContent()).doesNotContain("“Rural crime action plan”");

        signInAfresh("secretariat@demo.scrutiny.test");
        page.locator("main a", new Page.LocatorOptions().setHasText("Review “Rural crime action plan”"))
                .click();
        page.waitForLoadState();
        assertThat(page.locator("main").textContent()).contains("Thefts of farm machinery fell by a fifth.");
        click(AriaRole.BUTTON, "Accept for publication");
        backToTasks();
        click(AriaRole.LINK, "Publish the agenda of the meeting on " + DisplayFormats.weekdayOf(date));
        page.getByText("Check and publish the agenda").click();
        page.waitForLoadState();
        assertThat(page.locator("main").textContent()).contains("every report requested has been accepted");
        click(AriaRole.BUTTON, "Publish the agenda");
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("The agenda has been published");
        backToTasks();
        assertThat(page.locator("main").textContent())
                .doesNotContain("Publish the agenda of the meeting on " + DisplayFormats.weekdayOf(date));

        signInAfresh("member@demo.scrutiny.test");
        click(AriaRole.LINK, "Read the papers for the meeting on " + DisplayFormats.weekdayOf(date));
        assertThat(page.locator("main").textContent()).contains("Rural crime action plan");
        assertThat(page.url()).endsWith("/meetings/" + meetingId + "/agenda");
        assertThat(reports.report(requested.getId()).getStatus()).isEqualTo(Report.Status.ACCEPTED);
    }
}
