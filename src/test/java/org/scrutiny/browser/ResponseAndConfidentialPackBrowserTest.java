package org.scrutiny.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.MeetingBuilder.aMeeting;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutiny.agenda.ExemptionParagraph;
import org.scrutiny.agenda.domain.AgendaItem;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.papers.domain.PublicationService;
import org.scrutiny.papers.domain.Report;
import org.scrutiny.papers.domain.ReportService;
import org.scrutiny.recommendations.domain.Recommendation;
import org.scrutiny.recommendations.domain.RecommendationService;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.support.Accessibility;
import org.scrutiny.support.Built;
import org.scrutiny.support.PdfChecker;
import org.scrutiny.support.ScrutinyTest;
import org.scrutiny.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The OPCC's and the members' parts, each reached from the task list alone: the OPCC records the
 * Commissioner's response to a recommendation, which the public then reads; a member opens the
 * confidential pack of a meeting with an exempt item. The clock is set to a year no other test uses.
 */
@ScrutinyTest
class ResponseAndConfidentialPackBrowserTest extends BrowserTestBase {

    private static final LocalDateTime NOW = LocalDateTime.of(2091, 6, 3, 10, 0);

    @Autowired
    TestClock clock;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendas;

    @Autowired
    ReportService reports;

    @Autowired
    PublicationService publications;

    @Autowired
    RecommendationService recommendations;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void the_opcc_records_the_commissioners_response_from_its_task_list_and_the_public_reads_it() {
        clock.set(NOW);
        LocalDate held = NOW.toLocalDate().minusWeeks(2);
        long meetingId = aMeeting().on(held).plannedWith(meetings).getId();
        Recommendation sent = recommendations.send(Recommendation.Sending.recommendation(
                meetingId,
                "Report on rural crime patrols",
                "That the Commissioner reports on the patrols planned for the harvest.",
                held.plusDays(1)));

        signInAs("opcc@demo.scrutiny.test");
        assertThat(Accessibility.violationsOn(page)).isEmpty();
        String task =
                "Respond to “Report on rural crime patrols” (sent " + DisplayFormats.dayOf(held.plusDays(1)) + ")";
        if (page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions().setName(task).setExact(true))
                        .count()
                == 0) {
            // The list shows the most urgent few; other tests' responses may be due sooner than this one.
            page.locator("main a[href='/reports/recommendations']", new Page.LocatorOptions().setHasText("See all"))
                    .click();
            page.waitForLoadState();
            click(AriaRole.LINK, "Report on rural crime patrols");
        } else {
            click(AriaRole.LINK, task);
        }
        assertThat(Accessibility.violationsOn(page)).isEmpty();
        page.getByLabel("The response").fill("Patrols will double during the harvest, as the panel asked.");
        page.getByLabel("Day").fill(Integer.toString(NOW.getDayOfMonth()));
        page.getByLabel("Month").fill(Integer.toString(NOW.getMonthValue()));
        page.getByLabel("Year").fill(Integer.toString(NOW.getYear()));
        page.getByLabel("Accepted", new Page.GetByLabelOptions().setExact(true)).check();
        click(AriaRole.BUTTON, "Record the response");
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("response");

        page.locator(".govuk-service-navigation__link[href='/account']").click();
        page.waitForLoadState();
        assertThat(page.locator("main").textContent()).doesNotContain("“Report on rural crime patrols”");

        // Anyone, signed in or not, reads the response on the recommendation's public page.
        context.close();
        openPage();
        page.navigate("/recommendations/" + sent.getId());
        assertThat(Accessibility.violationsOn(page)).isEmpty();
        assertThat(page.locator("main").textContent())
                .contains("Patrols will double during the harvest, as the panel asked.")
                .contains("Accepted");
    }

    @Test
    void a_member_opens_the_confidential_pack_from_the_task_list() {
        clock.set(NOW);
        LocalDate date = NOW.toLocalDate().plusWeeks(3);
        long meetingId = aMeeting().on(date).plannedWith(meetings).getId();
        meetings.planItem(meetingId, "Chief Constable: candidate's references", null);
        agendas.start(meetingId);
        AgendaItem item = agendas.agendaOf(meetingId).orElseThrow().getItems().stream()
                .filter(i -> i.getTitle().equals("Chief Constable: candidate's references"))
                .findFirst()
                .orElseThrow();
        agendas.exempt(meetingId, item.getId(), ExemptionParagraph.ONE);
        Report report = reports.request(meetingId, item.getId(), Report.Author.SECRETARIAT, date.minusWeeks(1));
        report = reports.draft(
                report.getId(),
                report.getVersion(),
                new Report.Draft(
                        "Jane Webb, Secretariat",
                        "Jane Webb",
                        "jane.webb@peterborough.gov.uk",
                        new Report.Sections(
                                "To give the panel the candidate's references.",
                                "That the panel notes the references.",
                                null,
                                null,
                                "Both referees supported the appointment without reservation.",
                                null,
                                null,
                                null,
                                null,
                                null)),
                true);
        reports.accept(report.getId(), report.getVersion());
        agendas.publish(meetingId, agendas.agendaOf(meetingId).orElseThrow().getVersion(), null);
        Built.await(publications, meetingId);

        signInAs("member@demo.scrutiny.test");
        var link = page.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions()
                        .setName("Read the confidential papers for the meeting on " + DisplayFormats.weekdayOf(date))
                        .setExact(true));
        String href = link.getAttribute("href");
        // The link opens a PDF, which a browser shows or saves; it is fetched as the signed-in member.
        APIResponse pack = page.context().request().get(href);
        assertThat(pack.status()).isEqualTo(200);
        assertThat(pack.headers().get("content-type")).startsWith("application/pdf");
        byte[] pdf = pack.body();
        assertThat(PdfChecker.pdfUaFailures(pdf)).isEmpty();
        assertThat(PdfChecker.text(pdf).replaceAll("\\s+", " "))
                .contains("CONFIDENTIAL")
                .contains("Both referees supported the appointment without reservation.")
                .contains("not for publication");
    }
}
