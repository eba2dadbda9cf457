package org.scrutiny.hearings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutiny.hearings.domain.ConfirmationHearing;
import org.scrutiny.hearings.domain.HearingService;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.publishing.AccessiblePdf;
import org.scrutiny.support.FormSlices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The hearing forms alone: what the secretariat types becomes a proposal, or an error on the field. */
@WebMvcTest(HearingsController.class)
@Import(FormSlices.Layout.class)
class HearingFormSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    HearingService hearings;

    @MockitoBean
    PanelMembership membership;

    @MockitoBean
    AccessiblePdf pdf;

    @BeforeEach
    void panel() {
        when(membership.panel()).thenReturn(PanelDetails.unconfigured());
        when(hearings.all()).thenReturn(List.of());
    }

    private MockHttpServletResponse submit(MockHttpServletRequestBuilder request) throws Exception {
        return FormSlices.send(mvc, request, "SECRETARIAT");
    }

    @Test
    void a_proposal_without_a_post_or_a_real_date_is_shown_back_with_both_errors() throws Exception {
        MockHttpServletResponse response = submit(post("/manage/hearings")
                .param("post", "SHERIFF")
                .param("candidate", "A Candidate")
                .param("date.day", "31")
                .param("date.month", "2")
                .param("date.year", "2030"));

        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .contains("#post")
                .anyMatch(href -> href.startsWith("#date"));
        assertThat(page.select("[name=candidate]").val()).isEqualTo("A Candidate");
        verify(hearings, never()).propose(any(), any());
    }

    @Test
    void a_complete_proposal_reaches_the_service_as_one_command_with_the_name_trimmed() throws Exception {
        ConfirmationHearing planned = ConfirmationHearing.proposed(
                new ConfirmationHearing.Proposal(
                        ConfirmationHearing.Post.CHIEF_CONSTABLE, "A Candidate", null, null, LocalDate.of(2030, 3, 4)),
                null);
        ReflectionTestUtils.setField(planned, "id", 7L);
        when(hearings.propose(any(), any())).thenReturn(planned);

        MockHttpServletResponse response = submit(post("/manage/hearings")
                .param("post", "CHIEF_CONSTABLE")
                .param("candidate", "  A Candidate ")
                .param("criteria", "")
                .param("terms", "")
                .param("date.day", "4")
                .param("date.month", "3")
                .param("date.year", "2030")
                .param("previous", ""));

        assertThat(response.getRedirectedUrl()).isEqualTo("/manage/hearings/7");
        verify(hearings)
                .propose(
                        new ConfirmationHearing.Proposal(
                                ConfirmationHearing.Post.CHIEF_CONSTABLE,
                                "A Candidate",
                                "",
                                "",
                                LocalDate.of(2030, 3, 4)),
                        null);
    }

    @Test
    void a_report_without_the_meeting_of_the_hearing_is_refused_before_the_service() throws Exception {
        ConfirmationHearing planned = ConfirmationHearing.proposed(
                new ConfirmationHearing.Proposal(
                        ConfirmationHearing.Post.CHIEF_CONSTABLE, "A Candidate", null, null, LocalDate.of(2030, 3, 4)),
                null);
        ReflectionTestUtils.setField(planned, "id", 7L);
        when(hearings.hearing(7L)).thenReturn(planned);
        when(hearings.today()).thenReturn(LocalDate.of(2030, 3, 20));
        when(hearings.meeting(any())).thenReturn(Optional.empty());

        MockHttpServletResponse response = submit(post("/manage/hearings/7/recommendation")
                .param("meeting", "")
                .param("votesForVeto", "many")
                .param("recommendation", "The Panel supports the appointment.")
                .param("date.day", "20")
                .param("date.month", "3")
                .param("date.year", "2030"));

        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).contains("#meeting", "#votesForVeto");
        verify(hearings, never()).recommend(anyLong(), anyLong(), any());
    }
}
