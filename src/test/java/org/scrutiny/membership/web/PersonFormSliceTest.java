package org.scrutiny.membership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.domain.MembershipService;
import org.scrutiny.membership.domain.Person;
import org.scrutiny.shared.audit.AuditTrail;
import org.scrutiny.support.FormSlices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The person form alone: a person's details reach the service trimmed, or come back with an error per field. */
@WebMvcTest(ManagePeopleController.class)
@Import(FormSlices.Layout.class)
class PersonFormSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MembershipService membership;

    @MockitoBean
    AuditTrail auditTrail;

    @BeforeEach
    void unconfiguredPanel() {
        when(membership.panel()).thenReturn(PanelDetails.unconfigured());
    }

    private MockHttpServletResponse submit(MockHttpServletRequestBuilder request) throws Exception {
        return FormSlices.send(mvc, request, "SECRETARIAT");
    }

    @Test
    void a_person_without_a_name_and_with_a_bad_email_is_shown_back_with_each_error() throws Exception {
        MockHttpServletResponse response = submit(post("/manage/people/new")
                .param("givenName", " ")
                .param("familyName", "")
                .param("email", "not an address")
                .param("telephone", "01733 123456"));

        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactlyInAnyOrder("#givenName", "#familyName", "#email");
        assertThat(page.select("#telephone").val()).isEqualTo("01733 123456");
        verify(membership, never()).addPerson(any());
    }

    @Test
    void a_new_person_reaches_the_service_as_details_trimmed_with_blanks_as_nothing() throws Exception {
        Person added = new Person("Edward", "Leigh");
        ReflectionTestUtils.setField(added, "id", 31L);
        when(membership.addPerson(any())).thenReturn(added);

        MockHttpServletResponse response = submit(post("/manage/people/new")
                .param("givenName", " Edward ")
                .param("familyName", "Leigh ")
                .param("email", "")
                .param("telephone", " "));

        assertThat(response.getRedirectedUrl()).isEqualTo("/manage/people/31");
        verify(membership).addPerson(new Person.Details("Edward", "Leigh", null, null));
    }

    @Test
    void an_edit_goes_with_the_version_it_was_made_from() throws Exception {
        submit(post("/manage/people/31/edit")
                .param("givenName", "Edward")
                .param("familyName", "Leigh")
                .param("email", "edward.leigh@example.org")
                .param("telephone", "")
                .param("version", "4"));

        verify(membership).editPerson(31L, 4L, new Person.Details("Edward", "Leigh", "edward.leigh@example.org", null));
        verify(membership, never()).addPerson(any());
    }
}
