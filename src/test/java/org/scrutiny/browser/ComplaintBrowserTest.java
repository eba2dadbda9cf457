package org.scrutiny.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.complaints.ComplaintRegister;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.papers.ItemPapers;
import org.scrutiny.questions.domain.QuestionService;
import org.scrutiny.support.Accessibility;
import org.scrutiny.support.PdfChecker;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;

@ScrutinyTest
class ComplaintBrowserTest extends BrowserTestBase {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Autowired
    ComplaintRegister register;

    @Autowired
    List<ItemPapers> papers;

    @Autowired
    QuestionService questions;

    @Test
    void a_member_of_the_public_complains_the_secretariat_records_it_and_resolves_it_and_the_next_review_counts_it() {
        LocalDate today = LocalDate.now();
        int resolvedBefore = register.figures(today, today).resolvedInformally();

        page.navigate("/about");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Make a complaint online"))
                .click();
        click(AriaRole.BUTTON, "Send the complaint");
        assertThat(page.locator(".govuk-error-summary").textContent())
                .contains("Choose who the complaint is about")
                .contains("Tell us what happened")
                .contains("Enter your full name");
        assertThat(Accessibility.violationsOn(page))
                .as("the form with its errors")
                .isEmpty();

        page.getByLabel("The Police and Crime Commissioner", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel("What happened?", EXACT).fill("The Commissioner would not let me speak at the Wisbech forum.");
        page.getByLabel("Full name", EXACT).fill("Robin Resident");
        page.locator("#contactBy").check();
        page.getByLabel("Email address", EXACT).fill("robin.resident@example.org");
        click(AriaRole.BUTTON, "Send the complaint");
        assertThat(page.locator("h1").textContent()).contains("Your complaint has been sent");
        String reference = page.locator(".govuk-panel__body strong").textContent();
        assertThat(reference).startsWith("CMP-");
        assertThat(Accessibility.violationsOn(page)).isEmpty();

        context.clearCookies();
        signInAs("secretariat@demo.scrutiny.test");
        page.navigate("/manage/complaints");
        assertThat(Accessibility.violationsOn(page)).as("the register").isEmpty();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference))
                .first()
                .click();
        assertThat(page.locator("main").textContent())
                .contains("robin.resident@example.org")
                .contains("Sent the acknowledgement by email");
        page.getByLabel("Record it", EXACT).check();
        page.getByLabel("A copy was sent to the person complained against", EXACT)
                .check();
        click(AriaRole.BUTTON, "Save the decision");
        assertThat(page.locator(".govuk-notification-banner").textContent())
                .contains("The decision has been recorded and the complainant told");

        click(AriaRole.BUTTON, "Record the resolution");
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Choose the steps taken to resolve it");
        assertThat(Accessibility.violationsOn(page))
                .as("the complaint with its errors")
                .isEmpty();
        page.getByLabel("An explanation given to the complainant", EXACT).check();
        page.getByLabel("Resolved by", EXACT).fill("The complaints sub-committee");
        page.getByLabel("The outcome", EXACT).fill("The Commissioner has explained how the forum was chaired.");
        click(AriaRole.BUTTON, "Record the resolution");
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("both sides sent the outcome");
        assertThat(page.locator("main").textContent())
                .contains("Outcome of informal resolution to the complainant")
                .contains("Resolved informally");
        assertThat(Accessibility.violationsOn(page))
                .as("the resolved complaint")
                .isEmpty();

        assertThat(register.figures(today, today).resolvedInformally()).isEqualTo(resolvedBefore + 1);
        long next = questions.openMeetings().get(0).meeting().id();
        byte[] review = papers.stream()
                .flatMap(p -> p.documentFor(next, ItemPurpose.COMPLAINTS_REVIEW, Instant.now()).stream())
                .findFirst()
                .orElseThrow()
                .pdf()
                .get();
        assertThat(PdfChecker.text(review).replaceAll("\\s+", " "))
                .contains("Resolved informally")
                .doesNotContain("Robin Resident")
                .doesNotContain("Wisbech forum");
    }
}
