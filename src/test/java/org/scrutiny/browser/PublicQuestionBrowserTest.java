package org.scrutiny.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.scrutiny.questions.domain.QuestionService;
import org.scrutiny.subscriptions.domain.SubscriptionService;
import org.scrutiny.support.Accessibility;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;

@ScrutinyTest
class PublicQuestionBrowserTest extends BrowserTestBase {

    @Autowired
    QuestionService questions;

    @Test
    void a_member_of_the_public_asks_a_question_for_the_next_meeting_and_the_secretariat_accepts_it() {
        long meeting = questions.openMeetings().get(0).meeting().id();
        page.navigate("/meetings/" + meeting);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Ask a question or make a statement at this meeting"))
                .click();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send"))
                .click();
        assertThat(page.locator(".govuk-error-summary").textContent())
                .contains("Choose whether it is a question or a statement")
                .contains("Enter your question or statement");
        assertThat(Accessibility.violationsOn(page))
                .as("the form with its errors")
                .isEmpty();

        page.getByLabel("A question", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel("Your question or statement").fill("How many people answered the precept survey by post?");
        page.getByLabel("Full name").fill("Sam Resident");
        page.getByLabel("Email address").fill("sam.resident@example.org");
        page.getByLabel("Where do you live or work?")
                .selectOption(new SelectOption().setLabel("Cambridge City Council"));
        page.locator("#attending-2").check();
        page.locator("#showName").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send"))
                .click();

        assertThat(page.locator("h1").textContent()).contains("Your question has been sent");
        String reference = page.locator(".govuk-panel__body strong").textContent();
        assertThat(reference).startsWith("PQ-");
        assertThat(Accessibility.violationsOn(page)).isEmpty();

        context.clearCookies();
        signInAs("secretariat@demo.scrutiny.test");
        page.navigate("/manage/questions");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference + " (question)"))
                .first()
                .click();
        assertThat(page.locator("main").textContent())
                .contains("sam.resident@example.org")
                .contains("Cambridge City Council");
        page.getByLabel("Accept it").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the decision"))
                .click();
        assertThat(page.locator(".govuk-notification-banner").textContent())
                .contains(reference + " has been accepted, and the person told by email");
        assertThat(Accessibility.violationsOn(page)).isEmpty();

        page.navigate("/meetings/" + meeting + "/questions");
        assertThat(page.locator("main").textContent())
                .contains("Question 1 from Sam Resident")
                .contains("How many people answered the precept survey by post?")
                .doesNotContain("sam.resident@example.org");
    }

    @Autowired
    SubscriptionService subscriptions;

    @Test
    void the_email_updates_sign_up_is_on_every_page_and_its_errors_are_accessible() {
        // Other tests may have changed the themes; this one needs Cambridgeshire's.
        subscriptions.changeThemes(
                subscriptions.settings().getVersion(),
                "Ethical Policing: ethical, complaint\nCrime Prevention: prevention");
        page.navigate("/members");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Get email updates"))
                .first()
                .click();
        page.getByLabel("Every new agenda, when it is published").uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign up"))
                .click();
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Enter your email address");
        assertThat(Accessibility.violationsOn(page)).isEmpty();

        page.getByLabel("Email address").fill("reader@example.org");
        page.getByLabel("Ethical Policing").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign up"))
                .click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Check your email");
        assertThat(page.locator("main").textContent()).contains("reader@example.org");
    }
}
