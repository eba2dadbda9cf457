package org.scrutiny.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.MeetingBuilder.aMeeting;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.papers.domain.Report;
import org.scrutiny.papers.domain.ReportService;
import org.scrutiny.support.Accessibility;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.Pages;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core (WCAG 2.2 AA) on every public page, every secretariat and administrator page, and
 * each form's error state, reached by emptying its text boxes and submitting it. The W3C checker
 * runs on the error states too.
 */
@ScrutinyTest
class AccessibilityBrowserTest extends BrowserTestBase {

    private final List<String> problems = new ArrayList<>();

    private void check(String what) {
        Accessibility.violationsOn(page).forEach(v -> problems.add(what + ": " + v));
    }

    @Test
    void public_pages_have_no_accessibility_violations() {
        for (String path : Pages.PUBLIC) {
            page.navigate(path);
            check(path);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void public_pages_reflow_on_a320_pixel_wide_screen_without_scrolling_sideways() {
        page.setViewportSize(320, 800);
        for (String path : Pages.PUBLIC) {
            page.navigate(path);
            Object width = page.evaluate("document.documentElement.scrollWidth");
            if (((Number) width).intValue() > 320) {
                problems.add(path + " is " + width + " pixels wide");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void signed_in_pages_reflow_on_a320_pixel_wide_screen_too() {
        signInAs("secretariat@demo.scrutiny.test");
        page.setViewportSize(320, 800);
        for (String path : List.of("/manage", "/account", "/meetings", "/manage/meetings", "/reports")) {
            page.navigate(path);
            Object width = page.evaluate("document.documentElement.scrollWidth");
            if (((Number) width).intValue() > 320) {
                problems.add(path + ", signed in, is " + width + " pixels wide");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void secretariat_pages_and_their_error_states_have_no_accessibility_violations() {
        signInAs("secretariat@demo.scrutiny.test");
        assertThat(pagesAndErrorStates(Pages.SECRETARIAT))
                .as("forms whose error state was checked")
                .isGreaterThanOrEqualTo(15);
        assertThat(problems).isEmpty();
    }

    @Test
    void complaint_review_pages_and_their_error_states_have_no_accessibility_violations() {
        signInAs("senior@demo.scrutiny.test");
        assertThat(pagesAndErrorStates(Pages.OFFICE))
                .as("forms whose error state was checked")
                .isGreaterThanOrEqualTo(5);
        assertThat(problems).isEmpty();
    }

    @Test
    void plan_pages_of_the_office_and_their_error_states_have_no_accessibility_violations() {
        signInAs("opcc@demo.scrutiny.test");
        assertThat(pagesAndErrorStates(Pages.PLAN_OFFICE))
                .as("forms whose error state was checked")
                .isGreaterThanOrEqualTo(3);
        assertThat(problems).isEmpty();
    }

    /** Checks each page, then empties the text boxes of its last form and checks the page it answers with. */
    private int pagesAndErrorStates(List<String> paths) {
        int errorStates = 0;
        for (String path : paths) {
            page.navigate(path);
            check(path);
            Locator form = page.locator("main form[novalidate]").last();
            if (form.count() > 0
                    && form.locator("input[type=text], input[type=email], textarea")
                                    .count()
                            > 0) {
                Locator boxes =
                        form.locator("input[type=text], input[type=email], input[type=tel], input[type=url], textarea");
                for (int i = 0; i < boxes.count(); i++) {
                    if (boxes.nth(i).isVisible()) {
                        boxes.nth(i).fill("");
                    }
                }
                form.locator("button[type=submit]").first().click();
                page.waitForLoadState();
                if (page.locator(".govuk-error-summary").count() > 0) {
                    errorStates++;
                    check(path + " (with errors)");
                    HtmlChecker.errorsIn(page.content()).forEach(e -> problems.add(path + " (with errors) HTML: " + e));
                }
            }
        }
        return errorStates;
    }

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendas;

    @Autowired
    ReportService reports;

    @Test
    void the_agenda_builder_and_the_published_agenda_have_no_accessibility_violations() {
        long id = aMeeting()
                .of(MeetingKind.ORDINARY)
                .on(LocalDate.now().plusWeeks(8))
                .at(LocalTime.of(13, 30))
                .plannedWith(meetings)
                .getId();
        agendas.start(id);
        long itemId = agendas.agendaOf(id).orElseThrow().getItems().get(0).getId();
        long reportItemId = agendas.agendaOf(id).orElseThrow().getItems().get(1).getId();
        var report = reports.request(
                id, reportItemId, Report.Author.SECRETARIAT, LocalDate.now().plusWeeks(6));
        signInAs("secretariat@demo.scrutiny.test");
        page.navigate("/reports/" + report.getId());
        check("write a report");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit to the secretariat"))
                .click();
        page.waitForLoadState();
        assertThat(page.locator(".govuk-error-summary").count()).isEqualTo(1);
        check("write a report (with errors)");
        reports.draft(
                report.getId(),
                reports.report(report.getId()).getVersion(),
                new Report.Draft(
                        "Jane Webb, Secretariat",
                        null,
                        null,
                        new Report.Sections(
                                "To review complaints.",
                                "To note the report.",
                                null,
                                "No complaints were received.",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)),
                true);
        page.navigate("/manage/reports/" + report.getId());
        check("review a report");
        reports.accept(report.getId(), reports.report(report.getId()).getVersion());
        for (String path : List.of(
                "/reports",
                "/manage/meetings/" + id + "/agenda/items/" + itemId + "/report",
                "/manage/meetings/" + id + "/agenda",
                "/manage/meetings/" + id + "/agenda/items/" + itemId + "/exemption",
                "/manage/meetings/" + id + "/agenda/items/" + itemId + "/withdraw")) {
            page.navigate(path);
            check(path);
        }
        page.locator("main form button[type=submit]").last().click();
        page.waitForLoadState();
        assertThat(page.locator(".govuk-error-summary").count()).isEqualTo(1);
        check("withdraw (with errors)");
        page.navigate("/manage/meetings/" + id + "/agenda");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the item"))
                .click();
        page.waitForLoadState();
        check("agenda builder (with errors)");
        page.navigate("/manage/meetings/" + id + "/agenda");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and publish the agenda"))
                .click();
        page.waitForLoadState();
        check("check before publishing the agenda");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the agenda"))
                .click();
        page.waitForLoadState();
        page.navigate("/meetings/" + id + "/agenda");
        assertThat(page.locator("main").textContent()).contains("1. Apologies for Absence");
        check("published agenda");
        page.navigate("/meetings/" + id + "/reports/" + report.getId());
        assertThat(page.locator("main h2").first().textContent()).isEqualTo("1. Purpose");
        check("published report");
        assertThat(problems).isEmpty();
    }

    @Test
    void administrator_pages_have_no_accessibility_violations() {
        signInAs("admin@demo.scrutiny.test");
        for (String path : Pages.ADMIN) {
            page.navigate(path);
            check(path);
        }
        page.navigate("/admin/users/new");
        page.locator("main form button[type=submit]").click();
        check("/admin/users/new (with errors)");
        assertThat(page.locator(".govuk-error-summary").count()).isEqualTo(1);
        assertThat(problems).isEmpty();
    }

    @Test
    void the_sign_in_error_state_has_no_accessibility_violations() {
        page.navigate("/login");
        page.getByLabel("Email address").fill("nobody@example.org");
        page.getByLabel("Password").fill("not the password");
        page.locator("main form button[type=submit]").click();
        page.waitForURL("**/login?error");
        check("/login?error");
        assertThat(problems).isEmpty();
    }
}
