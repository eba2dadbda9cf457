package org.scrutiny.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scrutiny.shared.London;
import org.scrutiny.support.Accessibility;
import org.scrutiny.support.PdfChecker;
import org.scrutiny.support.ScrutinyTest;

/**
 * A complainant asks for a review on the public form; the office's review officer checks the
 * force's handling, records the confirmation, takes the review and upholds it; a senior manager
 * quality-assures the decision, and the letter is a tagged PDF.
 */
@ScrutinyTest
class ComplaintReviewBrowserTest extends BrowserTestBase {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Test
    void a_request_for_a_review_goes_from_the_public_form_to_a_quality_assured_decision_and_its_letter() {
        LocalDate today = LocalDate.now(London.ZONE);
        LocalDate outcome = today.minusDays(10);

        page.navigate("/complaints/new");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("ask for a review of how your complaint was handled"))
                .click();
        click(AriaRole.BUTTON, "Send the request");
        assertThat(page.locator(".govuk-error-summary").textContent())
                .contains("Enter the force's reference for the complaint")
                .contains("Enter the day the outcome was given")
                .contains("Enter the complainant's full name");
        assertThat(Accessibility.violationsOn(page))
                .as("the form with its errors")
                .isEmpty();

        page.getByLabel("The police’s reference for your complaint", EXACT).fill("CO/4242/26");
        page.locator("#outcomeGivenOn").fill(String.valueOf(outcome.getDayOfMonth()));
        page.locator("#outcomeGivenOn-month").fill(String.valueOf(outcome.getMonthValue()));
        page.locator("#outcomeGivenOn-year").fill(String.valueOf(outcome.getYear()));
        page.locator("#grounds").fill("The force never looked at the video I sent.");
        page.getByLabel("Full name", EXACT).fill("Sam Browser");
        page.getByLabel("Email address", EXACT).fill("sam.browser@example.org");
        click(AriaRole.BUTTON, "Send the request");
        assertThat(page.locator("h1").textContent()).contains("Your request has been sent");
        String reference = page.locator(".govuk-panel__body strong").textContent();
        assertThat(reference).startsWith("CR-");

        context.clearCookies();
        signInAs("review@demo.scrutiny.test");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Complaint reviews").setExact(true))
                .first()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference))
                .click();
        String address = page.url();
        assertThat(page.locator("main").textContent())
                .contains("Sam Browser")
                .contains("made in time")
                .contains("Acknowledged by email");
        assertThat(Accessibility.violationsOn(page))
                .as("a request waiting for its checks")
                .isEmpty();

        page.getByLabel("It was investigated", EXACT).check();
        click(AriaRole.BUTTON, "Save how it was handled");
        page.locator("#on").fill(String.valueOf(today.getDayOfMonth()));
        page.locator("#on-month").fill(String.valueOf(today.getMonthValue()));
        page.locator("#on-year").fill(String.valueOf(today.getYear()));
        click(AriaRole.BUTTON, "Record the confirmation");
        assertThat(page.locator(".govuk-notification-banner").textContent())
                .contains("The confirmation has been recorded");
        page.getByLabel("Review officer", EXACT).fill("Demo OPCC review officer");
        click(AriaRole.BUTTON, "Assign it");

        page.getByLabel("Upheld: the outcome was not reasonable and proportionate", EXACT)
                .check();
        page.getByLabel("Your reasons", EXACT).fill("The video was evidence the force should have considered.");
        click(AriaRole.BUTTON, "Record the decision");
        assertThat(page.locator(".govuk-error-summary").textContent())
                .contains("An upheld review recommends what the Chief Constable should do");
        assertThat(page.getByLabel("Your reasons", EXACT).inputValue())
                .isEqualTo("The video was evidence the force should have considered.");
        assertThat(Accessibility.violationsOn(page))
                .as("the decision with its error")
                .isEmpty();
        page.getByLabel("Upheld: the outcome was not reasonable and proportionate", EXACT)
                .check();
        page.getByLabel("Recommendation 1", EXACT).fill("Apologise to the complainant");
        click(AriaRole.BUTTON, "Record the decision");
        assertThat(page.locator("main").textContent())
                .contains("waits for a member of the senior management team to quality-assure it");

        context.clearCookies();
        signInAs("senior@demo.scrutiny.test");
        page.navigate(address);
        click(AriaRole.BUTTON, "Quality-assure and send the letter");
        assertThat(page.locator(".govuk-notification-banner").textContent())
                .contains("The decision is final, and the complainant has been sent the letter");
        assertThat(Accessibility.violationsOn(page)).as("a final decision").isEmpty();

        String letter = page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("The letter to the complainant (PDF)"))
                .getAttribute("href");
        APIResponse pdf = page.request().get(letter);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(PdfChecker.pdfUaFailures(pdf.body())).isEmpty();
    }
}
