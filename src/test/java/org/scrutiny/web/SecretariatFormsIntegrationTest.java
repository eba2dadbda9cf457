package org.scrutiny.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.Users.SECRETARIAT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.domain.Meeting;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.meetings.domain.Venue;
import org.scrutiny.membership.MemberKind;
import org.scrutiny.membership.domain.MembershipService;
import org.scrutiny.membership.domain.Person;
import org.scrutiny.membership.domain.Term;
import org.scrutiny.shared.audit.AuditTrail;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Bad input on the secretariat's forms: a GOV.UK error summary, field messages, nothing lost, never a 500. */
@ScrutinyTest
class SecretariatFormsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MembershipService membership;

    @Autowired
    MeetingService meetings;

    @Autowired
    AuditTrail auditTrail;

    private MockHttpServletResponse submit(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(SECRETARIAT).with(csrf())).andReturn().getResponse();
    }

    /** The page after a refused submission: re-shown (200), valid HTML, with its error summary. */
    private Document refused(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(HtmlChecker.errorsIn(html)).isEmpty();
        Document page = Jsoup.parse(html);
        assertThat(page.select(".govuk-error-summary")).hasSize(1);
        return page;
    }

    private static List<String> summary(Document page) {
        return page.select(".govuk-error-summary__list li").eachText();
    }

    private static String fieldError(Document page, String id) {
        return page.select("#" + id + "-error").text().replace("Error: ", "");
    }

    @Test
    void an_impossible_date_and_time_are_named_and_the_rest_of_the_form_is_kept() throws Exception {
        Document page = refused(submit(post("/manage/meetings/new")
                .param("kind", "ORDINARY")
                .param("title", "Budget workshop")
                .param("date.day", "31")
                .param("date.month", "2")
                .param("date.year", "2027")
                .param("confirmed", "yes")
                .param("startTime", "25:61")
                .param("venue", "new")
                .param("newVenueName", "")
                .param("newVenueAddress", "Bridge Street")
                .param("newVenueTown", "Peterborough")));

        assertThat(summary(page))
                .contains(
                        "The date of the meeting must be a real date, like 23 3 2022",
                        "The start time must be a real time, like 13:30 or 1:30pm",
                        "Enter the name of the new venue");
        assertThat(page.select(".govuk-error-summary a[href='#date']")).hasSize(1);
        assertThat(fieldError(page, "newVenueName")).isEqualTo("Enter the name of the new venue");
        assertThat(page.select("#title").val()).isEqualTo("Budget workshop");
        assertThat(page.select("#date").val()).isEqualTo("31");
        assertThat(page.select("#newVenueAddress").val()).isEqualTo("Bridge Street");
        assertThat(page.select("#venue-new").hasAttr("checked")).isTrue();
        assertThat(page.title()).contains("Plan a meeting");
    }

    @Test
    void a_confirmed_meeting_needs_a_time() throws Exception {
        Document page = refused(submit(post("/manage/meetings/new")
                .param("kind", "ORDINARY")
                .param("date.day", "1")
                .param("date.month", "3")
                .param("date.year", "2028")
                .param("confirmed", "yes")
                .param("venue", "1")));

        assertThat(fieldError(page, "startTime")).contains("A confirmed meeting needs a start time and a venue");
    }

    @Test
    void an_end_before_the_start_is_refused_on_the_end_date() throws Exception {
        Person person = membership.addPerson(new Person.Details("E", "Backwards", null, null));

        Document page = refused(submit(post("/manage/people/" + person.getId() + "/memberships/new")
                .param("kind", "COUNCILLOR")
                .param("authorityId", "1")
                .param("start.day", "20")
                .param("start.month", "7")
                .param("start.year", "2022")
                .param("end.day", "19")
                .param("end.month", "7")
                .param("end.year", "2022")));

        assertThat(fieldError(page, "end")).isEqualTo("The end date must be the same as or after the start date");
        assertThat(membership.membershipsOf(person.getId())).isEmpty();
    }

    @Test
    void overlapping_memberships_of_one_person_are_refused() throws Exception {
        Person person = membership.addPerson(new Person.Details("O", "Verlap", null, null));
        membership.appointMember(person.getId(), MemberKind.COUNCILLOR, 1L, new Term(LocalDate.of(2024, 5, 1), null));

        Document page = refused(submit(post("/manage/people/" + person.getId() + "/memberships/new")
                .param("kind", "COUNCILLOR")
                .param("authorityId", "2")
                .param("start.day", "1")
                .param("start.month", "1")
                .param("start.year", "2025")));

        assertThat(fieldError(page, "start"))
                .contains("O Verlap is already a member from 1 May 2024")
                .contains("cannot overlap");
    }

    @Test
    void a_substitute_from_another_authority_is_refused() throws Exception {
        Person substitute = membership.addPerson(new Person.Details("S", "Wrongcouncil", null, null));
        long bradnam = membership.membersOn(LocalDate.of(2023, 3, 15)).stream()
                .filter(m -> m.name().equals("A Bradnam"))
                .findFirst()
                .orElseThrow()
                .membershipId();
        long fenland = membership.authorities().stream()
                .filter(a -> a.getName().equals("Fenland District Council"))
                .findFirst()
                .orElseThrow()
                .getId();

        Document page = refused(submit(post("/manage/people/" + substitute.getId() + "/substitutes/new")
                .param("authorityId", Long.toString(fenland))
                .param("membershipId", Long.toString(bradnam))
                .param("start.day", "1")
                .param("start.month", "5")
                .param("start.year", "2023")));

        assertThat(fieldError(page, "membershipId"))
                .contains("A substitute must be from the same authority as the member they stand in for")
                .contains("South Cambridgeshire District Council");
    }

    @Test
    void a_venue_in_use_cannot_be_deleted() throws Exception {
        MockHttpServletResponse response = submit(post("/manage/venues/1/delete"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(HtmlChecker.errorsIn(response.getContentAsString())).isEmpty();
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("cannot be deleted because")
                .contains("meetings are held there");
        assertThat(meetings.venue(1)).isNotNull();
    }

    @Test
    void an_unused_venue_can_be_deleted() throws Exception {
        long id = meetings.addVenue(new Venue.Details("Temporary room", "1 High Street", "March", null))
                .getId();

        assertThat(submit(post("/manage/venues/" + id + "/delete")).getRedirectedUrl())
                .isEqualTo("/manage/venues");
        assertThat(meetings.venues()).noneMatch(v -> v.getId() == id);
    }

    @Test
    void an_edit_from_an_out_of_date_page_is_refused_and_what_was_typed_is_kept() throws Exception {
        long id = meetings.addVenue(new Venue.Details("Council Chamber", "Town Hall", "Wisbech", null))
                .getId();
        long version = meetings.venue(id).getVersion();
        meetings.describeVenue(
                id, version, new Venue.Details("Council Chamber", "Town Hall, 1 North Brink", "Wisbech", null));

        Document page = refused(submit(post("/manage/venues/" + id + "/edit")
                .param("name", "Committee Room 1")
                .param("address", "Town Hall")
                .param("town", "Wisbech")
                .param("version", Long.toString(version))));

        assertThat(summary(page)).singleElement().asString().contains("Someone else changed this record");
        assertThat(page.select("#name").val()).isEqualTo("Committee Room 1");
        assertThat(meetings.venue(id).getName()).isEqualTo("Council Chamber");
    }

    @Test
    void every_change_is_audited_with_who_made_it() throws Exception {
        LocalDate date = LocalDate.now().plusMonths(2);
        MockHttpServletResponse created = submit(post("/manage/meetings/new")
                .param("kind", "ANNUAL_GENERAL_MEETING")
                .param("date.day", Integer.toString(date.getDayOfMonth()))
                .param("date.month", Integer.toString(date.getMonthValue()))
                .param("date.year", Integer.toString(date.getYear()))
                .param("confirmed", "yes")
                .param("startTime", "1:30pm")
                .param("venue", "1"));
        long id = Long.parseLong(created.getRedirectedUrl().replace("/manage/meetings/", ""));
        Meeting meeting = meetings.get(id);
        submit(post("/manage/meetings/" + id + "/cancel")
                .param("reason", "Moved online")
                .param("version", Long.toString(meeting.getVersion())));

        var history = auditTrail.historyOf(Meeting.class, id);
        assertThat(history).hasSizeGreaterThanOrEqualTo(2);
        assertThat(history).allSatisfy(change -> assertThat(change.by()).isEqualTo("secretariat@demo.scrutiny.test"));
        assertThat(history.get(history.size() - 1).what()).isEqualTo("Created");
        assertThat(meetings.get(id).getItems())
                .extracting(i -> i.getTitle())
                .contains("Apologies for Absence", "Review of Complaints");
        assertThat(meetings.get(id).getKind()).isEqualTo(MeetingKind.ANNUAL_GENERAL_MEETING);
    }

    @Test
    void an_empty_venue_form_names_every_missing_field() throws Exception {
        Document page = refused(submit(post("/manage/venues/new")
                .param("name", "")
                .param("address", "")
                .param("town", "")));

        assertThat(summary(page))
                .containsExactlyInAnyOrder(
                        "Enter the name of the venue", "Enter the address of the venue", "Enter the town or city");
    }
}
