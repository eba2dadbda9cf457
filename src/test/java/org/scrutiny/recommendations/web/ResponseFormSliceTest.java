package org.scrutiny.recommendations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingStatus;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.recommendations.domain.Recommendation;
import org.scrutiny.recommendations.domain.RecommendationService;
import org.scrutiny.recommendations.domain.RecommendationTable;
import org.scrutiny.shared.UploadedFile;
import org.scrutiny.shared.WorkingDays;
import org.scrutiny.support.FormSlices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The OPCC's response form alone: what is typed and uploaded reaches the service as one response and one file. */
@WebMvcTest(RecommendationsController.class)
@Import(FormSlices.Layout.class)
class ResponseFormSliceTest {

    private static final MeetingSummary FEBRUARY_2022 = new MeetingSummary(
            2, MeetingKind.ORDINARY, "Meeting", LocalDate.of(2022, 2, 2), null, null, MeetingStatus.HELD);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RecommendationService recommendations;

    @MockitoBean
    MeetingSchedule meetings;

    @MockitoBean
    PanelMembership membership;

    @MockitoBean
    RecommendationTable table;

    @BeforeEach
    void aRecommendationSentInFebruary2022() {
        Recommendation sent = Recommendation.send(
                Recommendation.Sending.recommendation(
                        2L, "Forward plan", "That a forward plan is a standing item.", LocalDate.of(2022, 2, 3)),
                1,
                WorkingDays.of(WorkingDays.Region.ENGLAND));
        ReflectionTestUtils.setField(sent, "id", 3L);
        when(recommendations.recommendation(3L)).thenReturn(sent);
        when(recommendations.meeting(anyLong())).thenReturn(FEBRUARY_2022);
        when(membership.panel()).thenReturn(PanelDetails.unconfigured());
    }

    private MockHttpServletResponse submit(MockMultipartHttpServletRequestBuilder request) throws Exception {
        return FormSlices.send(mvc, request, "OPCC");
    }

    @Test
    void a_response_with_no_real_date_and_no_outcome_is_shown_back_and_not_recorded() throws Exception {
        MockHttpServletResponse response = submit(multipart("/reports/recommendations/3")
                .param("responseText", "The Commissioner accepts the recommendation.")
                .param("received.day", "30")
                .param("received.month", "2")
                .param("received.year", "2022")
                .param("outcome", "MAYBE")
                .param("version", "0"));

        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .contains("#outcome")
                .anyMatch(href -> href.startsWith("#received"));
        assertThat(page.select("textarea[name=responseText]").text())
                .isEqualTo("The Commissioner accepts the recommendation.");
        verify(recommendations, never()).respond(anyLong(), anyLong(), any(), any());
    }

    @Test
    void a_typed_response_with_a_letter_reaches_the_service_as_one_response_and_one_file() throws Exception {
        MockHttpServletResponse response = submit(multipart("/reports/recommendations/3")
                .file(new MockMultipartFile("letter", "response.pdf", "application/pdf", new byte[] {'%', 'P'}))
                .param("responseText", "  Accepted.  ")
                .param("received.day", "11")
                .param("received.month", "3")
                .param("received.year", "2022")
                .param("outcome", "ACCEPTED")
                .param("version", "0"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/recommendations/3");
        verify(recommendations)
                .respond(
                        eq(3L),
                        eq(0L),
                        eq(new Recommendation.Response(
                                "Accepted.", LocalDate.of(2022, 3, 11), Recommendation.Outcome.ACCEPTED)),
                        any(UploadedFile.class));
    }

    @Test
    void without_a_letter_the_service_gets_no_file() throws Exception {
        submit(multipart("/reports/recommendations/3")
                .param("responseText", "Noted.")
                .param("received.day", "11")
                .param("received.month", "3")
                .param("received.year", "2022")
                .param("outcome", "NOTED")
                .param("version", "0"));

        verify(recommendations).respond(eq(3L), eq(0L), any(Recommendation.Response.class), isNull());
    }
}
