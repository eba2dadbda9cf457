package org.scrutiny.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.Users.SECRETARIAT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutiny.membership.domain.MembershipService;
import org.scrutiny.shared.PanelCalendar;
import org.scrutiny.shared.WorkingDays;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ScrutinyTest
class PanelDetailsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MembershipService membership;

    @Autowired
    PanelCalendar calendar;

    private MockHttpServletRequestBuilder panelForm(String region) {
        PanelDetails panel = membership.panel();
        return post("/manage/panel")
                .with(SECRETARIAT)
                .with(csrf())
                .param("version", Long.toString(membership.panelVersion()))
                .param("name", panel.name())
                .param("policeForceArea", panel.policeForceArea())
                .param("hostAuthority", panel.hostAuthority())
                .param("email", panel.email())
                .param(
                        "municipalYearStart",
                        Integer.toString(panel.municipalYearStart().getValue()))
                .param("region", region);
    }

    @AfterEach
    void englandAgain() throws Exception {
        if (membership.panel().region() != WorkingDays.Region.ENGLAND) {
            mvc.perform(panelForm("ENGLAND"));
        }
    }

    @Test
    void the_panel_s_region_is_one_of_its_details_and_sets_the_calendar_every_module_counts_with() throws Exception {
        assertThat(calendar.workingDays().region()).isEqualTo(WorkingDays.Region.ENGLAND);

        MockHttpServletResponse saved =
                mvc.perform(panelForm("WALES")).andReturn().getResponse();

        assertThat(saved.getRedirectedUrl()).isEqualTo("/manage");
        assertThat(membership.panel().region()).isEqualTo(WorkingDays.Region.WALES);
        assertThat(calendar.workingDays().region()).isEqualTo(WorkingDays.Region.WALES);
    }

    @Test
    void a_region_that_is_not_a_choice_is_named_on_the_form_and_nothing_changes() throws Exception {
        String page =
                mvc.perform(panelForm("SCOTLAND")).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(page).select(".govuk-error-summary__list li").eachText())
                .containsExactly("Select whether the panel follows the bank holidays of England or of Wales");
        assertThat(HtmlChecker.errorsIn(page)).isEmpty();
        assertThat(membership.panel().region()).isEqualTo(WorkingDays.Region.ENGLAND);
    }
}
