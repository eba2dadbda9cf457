package org.scrutiny.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.support.Accessibility;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.Pages;
import org.scrutiny.support.ScrutinyTest;

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
    void publicPagesHaveNoAccessibilityViolations() {
        for (String path : Pages.PUBLIC) {
            page.navigate(path);
            check(path);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void publicPagesReflowOnA320PixelWideScreenWithoutScrollingSideways() {
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
    void secretariatPagesAndTheirErrorStatesHaveNoAccessibilityViolations() {
        signInAs("secretariat@demo.scrutiny.test");
        int errorStates = 0;
        for (String path : Pages.SECRETARIAT) {
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
                form.locator("button[type=submit]").click();
                page.waitForLoadState();
                if (page.locator(".govuk-error-summary").count() > 0) {
                    errorStates++;
                    check(path + " (with errors)");
                    HtmlChecker.errorsIn(page.content()).forEach(e -> problems.add(path + " (with errors) HTML: " + e));
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(errorStates).as("forms whose error state was checked").isGreaterThanOrEqualTo(15);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.scrutiny.meetings.domain.MeetingService meetings;

    @org.springframework.beans.factory.annotation.Autowired
    org.scrutiny.agenda.domain.AgendaService agendas;

    @Test
    void theAgendaBuilderAndThePublishedAgendaHaveNoAccessibilityViolations() {
        long id = meetings.plan(
                        org.scrutiny.meetings.MeetingKind.ORDINARY,
                        null,
                        java.time.LocalDate.now().plusWeeks(8),
                        null,
                        java.time.LocalTime.of(13, 30),
                        1L,
                        true)
                .getId();
        agendas.start(id);
        long itemId = agendas.agendaOf(id).orElseThrow().getItems().get(0).getId();
        signInAs("secretariat@demo.scrutiny.test");
        for (String path : List.of(
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
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Add the item"))
                .click();
        page.waitForLoadState();
        check("agenda builder (with errors)");
        page.navigate("/manage/meetings/" + id + "/agenda");
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Publish the agenda"))
                .click();
        page.waitForLoadState();
        page.navigate("/meetings/" + id + "/agenda");
        assertThat(page.locator("main").textContent()).contains("1. Apologies for Absence");
        check("published agenda");
        assertThat(problems).isEmpty();
    }

    @Test
    void administratorPagesHaveNoAccessibilityViolations() {
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
    void theSignInErrorStateHasNoAccessibilityViolations() {
        page.navigate("/login");
        page.getByLabel("Email address").fill("nobody@example.org");
        page.getByLabel("Password").fill("not the password");
        page.locator("main form button[type=submit]").click();
        page.waitForURL("**/login?error");
        check("/login?error");
        assertThat(problems).isEmpty();
    }
}
