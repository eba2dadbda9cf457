package org.scrutiny.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.scrutiny.support.Browser;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One Chromium per test class, a fresh browser context (cookies, session) per test. */
abstract class BrowserTestBase {

    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchBrowser() {
        browser = Browser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext("http://127.0.0.1:" + port);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** Signs in as someone else in a fresh context, as a second person at another computer would. */
    void signInAfresh(String email) {
        context.close();
        openPage();
        signInAs(email);
    }

    /** Clicks the control with exactly this accessible name, and waits for what it opens. */
    void click(AriaRole role, String name) {
        page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
        page.waitForLoadState();
    }

    void signInAs(String email) {
        page.navigate("/login");
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill("scrutiny-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL("**/account");
    }
}
