package org.scrutiny.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.Users.ADMIN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.scrutiny.accounts.domain.AccountService;
import org.scrutiny.accounts.domain.UserAccount;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The administrator's user accounts pages. */
@ScrutinyTest
class UserAccountsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    private MockHttpServletResponse asAdmin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(ADMIN).with(csrf())).andReturn().getResponse();
    }

    @Test
    void an_administrator_creates_an_account_and_changes_its_role() throws Exception {
        MockHttpServletResponse created = asAdmin(post("/admin/users/new")
                .param("displayName", "Rochelle Tapping")
                .param("email", "Rochelle.Tapping@example.gov.uk")
                .param("password", "a long enough passphrase")
                .param("role", "SECRETARIAT"));
        assertThat(created.getRedirectedUrl()).isEqualTo("/admin/users");
        UserAccount account =
                accounts.byEmail("rochelle.tapping@example.gov.uk").orElseThrow();
        assertThat(account.getRole()).isEqualTo(Role.SECRETARIAT);

        asAdmin(post("/admin/users/" + account.getId() + "/edit")
                .param("role", "MEMBER")
                .param("version", Long.toString(account.getVersion())));

        UserAccount changed =
                accounts.byEmail("rochelle.tapping@example.gov.uk").orElseThrow();
        assertThat(changed.getRole()).isEqualTo(Role.MEMBER);
        assertThat(changed.isEnabled())
                .as("an unticked box disables the account")
                .isFalse();
    }

    @Test
    void a_short_password_and_a_duplicate_address_are_named_on_the_form() throws Exception {
        MockHttpServletResponse response = asAdmin(post("/admin/users/new")
                .param("displayName", "Somebody")
                .param("email", "admin@demo.scrutiny.test")
                .param("password", "short")
                .param("role", "OPCC"));

        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(HtmlChecker.errorsIn(response.getContentAsString())).isEmpty();
        assertThat(page.select(".govuk-error-summary").text())
                .contains("There is already an account for admin@demo.scrutiny.test");
        assertThat(page.select("#password").val())
                .as("a refused password is not sent back")
                .isEmpty();
    }

    @Test
    void an_administrator_cannot_remove_their_own_access() throws Exception {
        UserAccount self = accounts.byEmail("admin@demo.scrutiny.test").orElseThrow();

        MockHttpServletResponse response = asAdmin(post("/admin/users/" + self.getId() + "/edit")
                .param("role", "SECRETARIAT")
                .param("enabled", "true")
                .param("version", Long.toString(self.getVersion())));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select("#role-error")
                        .text())
                .contains("You cannot remove your own administrator access");
        assertThat(accounts.byEmail("admin@demo.scrutiny.test").orElseThrow().getRole())
                .isEqualTo(Role.ADMIN);
    }
}
