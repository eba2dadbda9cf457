package org.scrutiny.minutes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.minutes.domain.MinutesService;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.support.FormSlices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The quorum form alone: a number reaches the service, anything else is an error on the field. */
@WebMvcTest(QuorumController.class)
@Import(FormSlices.Layout.class)
class QuorumFormSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MinutesService minutes;

    @MockitoBean
    PanelMembership membership;

    @BeforeEach
    void unconfiguredPanel() {
        when(membership.panel()).thenReturn(PanelDetails.unconfigured());
    }

    private MockHttpServletResponse send(String quorum) throws Exception {
        return FormSlices.send(
                mvc, post("/manage/quorum").param("quorum", quorum).param("version", "2"), "SECRETARIAT");
    }

    @Test
    void words_for_the_quorum_are_refused_on_the_field_and_kept() throws Exception {
        MockHttpServletResponse response = send("four");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select("#quorum-error")
                        .text())
                .isEqualTo("Error: The quorum must be a whole number, like 4");
        assertThat(Jsoup.parse(response.getContentAsString()).select("#quorum").val())
                .isEqualTo("four");
        verify(minutes, never()).changeQuorum(anyLong(), anyInt());
    }

    @Test
    void a_number_reaches_the_service_with_the_version_the_form_was_made_from() throws Exception {
        MockHttpServletResponse response = send(" 5 ");

        assertThat(response.getRedirectedUrl()).isEqualTo("/manage/quorum");
        verify(minutes).changeQuorum(2L, 5);
    }

    @Test
    void the_rule_the_panel_refuses_is_shown_on_the_field() throws Exception {
        when(minutes.changeQuorum(2L, 0))
                .thenThrow(new BusinessRuleViolation("quorum", "The quorum must be at least 1"));

        MockHttpServletResponse response = send("0");

        assertThat(Jsoup.parse(response.getContentAsString())
                        .select("#quorum-error")
                        .text())
                .isEqualTo("Error: The quorum must be at least 1");
    }
}
