package org.scrutiny.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.meetings.domain.Venue;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.support.FormSlices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The venue pages alone: the controller, its templates and the site layout, with the service mocked. */
@WebMvcTest(ManageVenuesController.class)
@Import(FormSlices.Layout.class)
class VenueFormSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MeetingService meetings;

    @MockitoBean
    PanelMembership membership;

    private MockHttpServletResponse submit(MockHttpServletRequestBuilder request) throws Exception {
        when(membership.panel()).thenReturn(PanelDetails.unconfigured());
        return FormSlices.send(mvc, request, "SECRETARIAT");
    }

    @Test
    void a_blank_venue_is_shown_back_with_a_message_for_each_missing_field() throws Exception {
        MockHttpServletResponse response = submit(post("/manage/venues/new")
                .param("name", " ")
                .param("address", "")
                .param("town", "")
                .param("postcode", "PE1 1HF"));

        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactlyInAnyOrder("#name", "#address", "#town");
        assertThat(page.select("#name-error").text()).isEqualTo("Error: Enter the name of the venue");
        assertThat(page.select("#name").attr("aria-describedby")).contains("name-error");
        assertThat(page.select(".govuk-form-group--error")).hasSize(3);
        assertThat(page.select("#postcode").val()).isEqualTo("PE1 1HF");
        verify(meetings, never()).addVenue(any());
    }

    @Test
    void a_too_long_postcode_is_refused() throws Exception {
        MockHttpServletResponse response = submit(post("/manage/venues/new")
                .param("name", "Town Hall")
                .param("address", "Bridge Street")
                .param("town", "Peterborough")
                .param("postcode", "PE1 1HF PE1 1HF"));

        assertThat(Jsoup.parse(response.getContentAsString())
                        .select("#postcode-error")
                        .text())
                .isEqualTo("Error: The postcode must be 10 characters or fewer");
    }

    @Test
    void a_complete_venue_is_saved_trimmed_and_the_list_shown() throws Exception {
        MockHttpServletResponse response = submit(post("/manage/venues/new")
                .param("name", " Town Hall ")
                .param("address", "Bridge Street")
                .param("town", "Peterborough")
                .param("postcode", ""));

        assertThat(response.getRedirectedUrl()).isEqualTo("/manage/venues");
        verify(meetings).addVenue(new Venue.Details("Town Hall", "Bridge Street", "Peterborough", null));
    }

    @Test
    void a_venue_in_use_is_not_deleted_and_the_reason_is_shown() throws Exception {
        when(meetings.venue(anyLong())).thenReturn(new Venue("Engine Shed", "Bittern Way", "Peterborough", null));
        doThrow(new BusinessRuleViolation("Engine Shed cannot be deleted because 7 meetings are held there."))
                .when(meetings)
                .deleteVenue(1L);

        MockHttpServletResponse response = submit(post("/manage/venues/1/delete"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("cannot be deleted because 7 meetings are held there");
    }
}
