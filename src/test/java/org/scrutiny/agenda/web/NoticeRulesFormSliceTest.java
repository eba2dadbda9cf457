package org.scrutiny.agenda.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutiny.agenda.QuestionDeadlineRule;
import org.scrutiny.agenda.domain.NoticeRules;
import org.scrutiny.agenda.domain.NoticeService;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.support.FormSlices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The notice rules form alone: the rules reach the service as one change, or each unreadable field says why. */
@WebMvcTest(NoticeRulesController.class)
@Import(FormSlices.Layout.class)
class NoticeRulesFormSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NoticeService notices;

    @MockitoBean
    PanelMembership membership;

    @BeforeEach
    void unconfiguredPanel() {
        when(membership.panel()).thenReturn(PanelDetails.unconfigured());
    }

    private MockHttpServletResponse submit(MockHttpServletRequestBuilder request) throws Exception {
        return FormSlices.send(mvc, request, "SECRETARIAT");
    }

    @Test
    void every_unreadable_field_is_named_and_nothing_is_saved() throws Exception {
        MockHttpServletResponse response = submit(post("/manage/notice-rules")
                .param("clearWorkingDays", "five")
                .param("questionRule", "WHENEVER")
                .param("questionDays", "3.5")
                .param("questionTime", "noonish")
                .param("version", "1"));

        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .contains("#clearWorkingDays", "#questionRule", "#questionDays")
                .anyMatch(href -> href.startsWith("#questionTime"));
        assertThat(page.select("#clearWorkingDays").val()).isEqualTo("five");
        verify(notices, never()).changeRules(anyLong(), any());
    }

    @Test
    void readable_rules_reach_the_service_as_one_change() throws Exception {
        MockHttpServletResponse response = submit(post("/manage/notice-rules")
                .param("clearWorkingDays", " 5 ")
                .param("questionRule", "CLEAR_WORKING_DAYS_BEFORE_MEETING")
                .param("questionDays", "3")
                .param("questionTime", "12:00")
                .param("version", "1"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/manage");
        verify(notices)
                .changeRules(
                        1L,
                        new NoticeRules.Change(
                                5, QuestionDeadlineRule.CLEAR_WORKING_DAYS_BEFORE_MEETING, 3, LocalTime.NOON));
    }
}
