package org.scrutiny.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.scrutiny.search.domain.SearchIndex;
import org.scrutiny.support.Accessibility;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;

@ScrutinyTest
class SearchBrowserTest extends BrowserTestBase {

    @Autowired
    SearchIndex index;

    @Test
    void a_member_of_the_public_searches_for_pcso_narrows_to_minutes_of_2021_22_and_opens_the_point() {
        index.refresh();
        page.navigate("/");
        page.getByLabel("Search everything the panel has published").fill("PCSO");
        page.getByRole(AriaRole.SEARCH)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Search"))
                .click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Search");
        assertThat(Accessibility.violationsOn(page)).isEmpty();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Minutes (").setExact(false))
                .first()
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("2021/22 (").setExact(false))
                .first()
                .click();
        Locator first = page.locator(".scrutiny-search-hit").first();
        assertThat(first.locator("mark").first().textContent()).containsIgnoringCase("PCSO");
        first.getByRole(AriaRole.LINK).first().click();

        assertThat(page.url()).contains("/minutes#point-");
        String point = page.url().substring(page.url().indexOf('#') + 1);
        Locator target = page.locator("#" + point);
        assertThat(target.textContent()).contains("PCSO numbers had fallen from 80 to 40");
        assertThat(target.isVisible()).isTrue();
    }
}
