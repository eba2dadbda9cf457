package org.scrutiny.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scrutiny.support.MeetingBuilder.aMeeting;
import static org.scrutiny.support.Users.SECRETARIAT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.PlannedItem;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.meetings.domain.WorkProgrammeItem;
import org.scrutiny.membership.PanelMember;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.membership.PanelSubstitute;
import org.scrutiny.minutes.domain.ActionService;
import org.scrutiny.minutes.domain.Attendee;
import org.scrutiny.minutes.domain.Decision;
import org.scrutiny.minutes.domain.MeetingAction;
import org.scrutiny.minutes.domain.MeetingMinutes;
import org.scrutiny.minutes.domain.Minute;
import org.scrutiny.minutes.domain.MinutesService;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.WorkingDays;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.PdfChecker;
import org.scrutiny.support.ScrutinyTest;
import org.scrutiny.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@ScrutinyTest
class MinutesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendas;

    @Autowired
    MinutesService minutes;

    @Autowired
    ActionService actions;

    @Autowired
    PanelMembership membership;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void the_attendance_page_opens_on_the_municipal_year_of_the_application_s_clock() throws Exception {
        clock.set(LocalDateTime.of(2022, 6, 15, 10, 0));
        String page = mvc.perform(get("/attendance")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("h1").text()).isEqualTo("Attendance 2022/23");
    }

    @Test
    void the_attendance_page_opens_on_the_latest_year_that_has_attendance_to_show() throws Exception {
        clock.set(LocalDateTime.of(2025, 6, 15, 10, 0));
        String page = mvc.perform(get("/attendance")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("h1").text())
                .as("2025/26 to 2023/24 have no minuted meetings in the demo; 2022/23 has")
                .isEqualTo("Attendance 2022/23");
        assertThat(Jsoup.parse(page).select("table tbody tr")).isNotEmpty();
    }

    private long meeting(MeetingKind kind, LocalDate date) {
        return aMeeting().of(kind).on(date).plannedWith(meetings).getId();
    }

    /**
     * Minutes of exactly {@code count} minutes. A meeting without an agenda would start from the items
     * planned for it (the standing items at least): those are taken off first, so the count is all.
     */
    private MeetingMinutes withMinutes(long meetingId, Integer first, int count) {
        if (minutes.startsFrom(meetingId) == MinutesService.Source.PLANNED_ITEMS) {
            for (WorkProgrammeItem item : meetings.get(meetingId).getItems()) {
                meetings.removeItem(meetingId, item.getId());
            }
        }
        minutes.start(meetingId, first);
        for (int i = 1; i <= count; i++) {
            minutes.addMinute(meetingId, "Item " + i);
        }
        return minutes.of(meetingId).orElseThrow();
    }

    @Test
    void minute_numbers_run_on_through_the_year_and_start_again_at_the_annual_general_meeting() {
        long first = meeting(MeetingKind.ORDINARY, LocalDate.of(2031, 2, 5));
        long second = meeting(MeetingKind.ORDINARY, LocalDate.of(2031, 3, 19));
        long agm = meeting(MeetingKind.ANNUAL_GENERAL_MEETING, LocalDate.of(2031, 7, 16));
        long after = meeting(MeetingKind.ORDINARY, LocalDate.of(2031, 9, 10));

        assertThat(minutes.suggestedFirstNumber(first))
                .as("nothing earlier is in the system")
                .isEmpty();
        assertThatThrownBy(() -> minutes.start(first, null))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("Enter the number of the first minute");
        assertThat(withMinutes(first, 40, 9).lastNumber()).isEqualTo(48);
        MeetingMinutes march = withMinutes(second, null, 3);
        assertThat(march.getMinutes()).extracting(Minute::getNumber).containsExactly(49, 50, 51);
        assertThat(withMinutes(agm, null, 4).getFirstNumber()).isEqualTo(1);
        assertThat(withMinutes(after, null, 2).getMinutes())
                .extracting(Minute::getNumber)
                .containsExactly(5, 6);
    }

    @Test
    void minutes_of_a_meeting_without_an_agenda_start_from_its_planned_items_or_empty_and_number_right()
            throws Exception {
        long planned = meeting(MeetingKind.ORDINARY, LocalDate.of(2041, 1, 16));
        meetings.planItem(planned, "Budget monitoring", null);
        List<String> plannedTitles =
                meetings.plannedItems(planned).stream().map(PlannedItem::title).toList();
        assertThat(minutes.startsFrom(planned)).isEqualTo(MinutesService.Source.PLANNED_ITEMS);
        MeetingMinutes started = minutes.start(planned, 37);
        assertThat(started.getMinutes()).extracting(Minute::getTitle).containsExactlyElementsOf(plannedTitles);
        assertThat(started.getMinutes().get(0).getNumber()).isEqualTo(37);
        assertThat(started.lastNumber()).isEqualTo(37 + plannedTitles.size() - 1);

        long bare = meeting(MeetingKind.ORDINARY, LocalDate.of(2041, 2, 13));
        for (WorkProgrammeItem item : meetings.get(bare).getItems()) {
            meetings.removeItem(bare, item.getId());
        }
        assertThat(minutes.startsFrom(bare)).isEqualTo(MinutesService.Source.NOTHING);
        String flash = mvc.perform(post("/manage/meetings/" + bare + "/minutes")
                        .param("firstNumber", "")
                        .with(SECRETARIAT)
                        .with(csrf()))
                .andReturn()
                .getFlashMap()
                .get("flash")
                .toString();
        assertThat(flash).isEqualTo("The minutes have been started: add a minute for each item the meeting took");
        MeetingMinutes empty = minutes.of(bare).orElseThrow();
        assertThat(empty.getFirstNumber())
                .as("numbered on from the minutes of 16 January 2041")
                .isEqualTo(started.lastNumber() + 1);
        String page = mvc.perform(get("/manage/meetings/" + bare + "/minutes").with(SECRETARIAT))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).select("main").text())
                .contains("From " + empty.getFirstNumber() + " (no minute added yet)")
                .doesNotContain(" to " + (empty.getFirstNumber() - 1))
                .doesNotContain("started from the agenda");
        minutes.addMinute(bare, "Apologies for Absence");
        assertThat(minutes.of(bare).orElseThrow().getMinutes())
                .extracting(Minute::getNumber)
                .containsExactly(empty.getFirstNumber());
    }

    /** The members on a date, with a substitute of the same authority as one of them. */
    private record Cast(
            List<PanelMember> members, PanelMember absent, PanelSubstitute substitute, PanelMember otherAuthority) {}

    private Cast cast(LocalDate date) {
        List<PanelMember> members = membership.membersOn(date);
        for (PanelSubstitute substitute : membership.namedSubstitutesOn(date)) {
            PanelMember same = members.stream()
                    .filter(m -> substitute.authority().equals(m.authority()))
                    .findFirst()
                    .orElse(null);
            PanelMember other = members.stream()
                    .filter(m ->
                            m.authority() != null && !substitute.authority().equals(m.authority()))
                    .findFirst()
                    .orElse(null);
            if (same != null && other != null) {
                return new Cast(members, same, substitute, other);
            }
        }
        throw new AssertionError("The demo data has no substitute to test with");
    }

    private static List<Attendee.Line> lines(
            Cast cast, PanelMember absent, PanelMember substituteFor, boolean chairFirst) {
        List<Attendee.Line> lines = new ArrayList<>();
        for (PanelMember m : cast.members()) {
            lines.add(Attendee.Line.member(
                    m,
                    m == absent ? Attendee.Presence.APOLOGIES : Attendee.Presence.PRESENT,
                    chairFirst && m == cast.members().get(0)));
        }
        lines.add(Attendee.Line.substitute(cast.substitute(), substituteFor.membershipId()));
        return lines;
    }

    @Test
    void a_substitute_stands_in_only_for_an_absent_member_of_their_own_authority() {
        LocalDate date = LocalDate.of(2024, 3, 13);
        long meetingId = meeting(MeetingKind.ORDINARY, date);
        MeetingMinutes record = withMinutes(meetingId, 1, 1);
        Cast cast = cast(date);

        assertThatThrownBy(() -> minutes.recordAttendance(
                        meetingId,
                        record.getVersion(),
                        lines(cast, cast.otherAuthority(), cast.otherAuthority(), true)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("is a substitute for " + cast.substitute().authority())
                .hasMessageContaining(
                        "cannot stand in for " + cast.otherAuthority().formalName());
        assertThatThrownBy(() -> minutes.recordAttendance(
                        meetingId, record.getVersion(), lines(cast, null, cast.absent(), true)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("who is recorded as present");

        MeetingMinutes recorded = minutes.recordAttendance(
                meetingId, record.getVersion(), lines(cast, cast.absent(), cast.absent(), true));
        assertThat(recorded.votingMembersPresent()).isEqualTo(cast.members().size());
        assertThat(recorded.substituteNote(recorded.substitutesPresent().get(0)))
                .isEqualTo(cast.substitute().formalName() + " attended as substitute for "
                        + cast.absent().formalName() + ".");
    }

    @Test
    void the_attendance_form_refuses_a_substitute_who_is_also_present_as_a_member() throws Exception {
        LocalDate date = LocalDate.of(2024, 3, 13);
        long meetingId = meeting(MeetingKind.ORDINARY, date);
        MeetingMinutes record = withMinutes(meetingId, 1, 1);
        Cast cast = cast(date);
        var request = post("/manage/meetings/" + meetingId + "/minutes/attendance")
                .param("version", Long.toString(record.getVersion()))
                .param("chair", Long.toString(cast.members().get(0).membershipId()));
        for (int i = 0; i < cast.members().size(); i++) {
            request.param(
                    "members[" + i + "].membershipId",
                    Long.toString(cast.members().get(i).membershipId()));
            request.param("members[" + i + "].presence", "PRESENT");
        }
        request.param(
                "substitutes[0].substitute", Long.toString(cast.substitute().personId()));
        request.param("substitutes[0].forMember", Long.toString(cast.absent().membershipId()));

        MockHttpServletResponse response =
                mvc.perform(request.with(SECRETARIAT).with(csrf())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("cannot substitute for " + cast.absent().formalName() + ", who is recorded as present");
        assertThat(HtmlChecker.errorsIn(response.getContentAsString())).isEmpty();
        assertThat(minutes.of(meetingId).orElseThrow().getAttendees()).isEmpty();
    }

    @Test
    void approved_minutes_cannot_be_changed_through_the_service_or_the_page() throws Exception {
        LocalDate date = LocalDate.of(2024, 3, 13);
        long earlier = meeting(MeetingKind.ORDINARY, LocalDate.of(2032, 2, 4));
        MeetingMinutes record = withMinutes(earlier, 12, 2);
        Cast cast = cast(date);
        record =
                minutes.recordAttendance(earlier, record.getVersion(), lines(cast, cast.absent(), cast.absent(), true));
        long minuteId = record.getMinutes().get(1).getId();
        record = minutes.write(
                earlier,
                record.getVersion(),
                minuteId,
                new Minute.Writing(
                        "The Panel received a report.",
                        List.of("Councillor A asked about the budget."),
                        Decision.AGREED,
                        "to NOTE the report",
                        Minute.Vote.unanimously()));
        minutes.publish(earlier, record.getVersion());

        long later = meeting(MeetingKind.ORDINARY, LocalDate.of(2032, 3, 17));
        meetings.planItem(later, "Budget monitoring", null);
        agendas.start(later);
        MeetingMinutes current = minutes.start(later, null);
        assertThat(current.getFirstNumber()).isEqualTo(14);
        minutes.approvePrevious(later, current.getVersion(), "Minute 13: the report was received, not noted.");

        MeetingMinutes approved = minutes.of(earlier).orElseThrow();
        assertThat(approved.isApproved()).isTrue();
        assertThat(approved.getAmendments()).isEqualTo("Minute 13: the report was received, not noted.");
        assertThat(minutes.of(later).orElseThrow().getMinutes().stream()
                        .map(Minute::decisionSentence)
                        .filter(s -> s != null && s.contains("accurate record")))
                .singleElement()
                .asString()
                .contains("4 February 2032")
                .contains("subject to this amendment");
        long version = approved.getVersion();
        assertThatThrownBy(() -> minutes.write(
                        earlier,
                        version,
                        minuteId,
                        new Minute.Writing("Changed", List.of(), Decision.NONE, null, Minute.Vote.none())))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("can no longer be changed");

        MockHttpServletResponse page = mvc.perform(post("/manage/meetings/" + earlier + "/minutes/items/" + minuteId)
                        .param("version", Long.toString(version))
                        .param("summary", "Rewritten")
                        .param("decision", "NONE")
                        .with(SECRETARIAT)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(Jsoup.parse(page.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("can no longer be changed");
        assertThat(minutes.of(earlier).orElseThrow().getMinutes().get(1).getSummary())
                .isEqualTo("The Panel received a report.");

        String html = mvc.perform(get("/meetings/" + earlier + "/minutes"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).text())
                .contains("Minutes, Wednesday 4 February 2032")
                .contains("13. Item 2")
                .contains("The Panel unanimously AGREED to NOTE the report.")
                .contains("Approved as an accurate record at the meeting of 17 March 2032");
        assertThat(HtmlChecker.errorsIn(html)).isEmpty();
        byte[] pdf = mvc.perform(get("/meetings/" + earlier + "/minutes.pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfChecker.pdfUaFailures(pdf)).isEmpty();
        assertThat(PdfChecker.text(pdf).replaceAll("\\s+", " "))
                .contains("MINUTES OF A MEETING OF THE CAMBRIDGESHIRE POLICE AND CRIME PANEL ON 4 FEBRUARY 2032")
                .contains("1. Councillor A asked about the budget.")
                .contains("The Panel unanimously AGREED to NOTE the report.")
                .contains(cast.substitute().formalName() + " (Sub)");
    }

    @Test
    void open_actions_roll_into_the_next_meetings_review_with_due_dates_on_working_days() throws Exception {
        long raisedAt = meeting(MeetingKind.ORDINARY, LocalDate.of(2033, 5, 18));
        MeetingMinutes record = withMinutes(raisedAt, 1, 1);
        long minuteId = record.getMinutes().get(0).getId();
        WorkingDays calendar = WorkingDays.of(WorkingDays.Region.ENGLAND);

        MeetingAction jubilee = actions.record(
                raisedAt,
                new MeetingAction.Raising(
                        minuteId,
                        "The Commissioner would report back on the 101 service",
                        MeetingAction.Owner.COMMISSIONER,
                        LocalDate.of(2022, 6, 4),
                        null));
        assertThat(jubilee.getDueDate())
                .as("Saturday 4 June 2022, after the Jubilee bank holidays")
                .isEqualTo(LocalDate.of(2022, 6, 6));
        assertThat(jubilee.isOverdue(LocalDate.of(2022, 6, 6))).isFalse();
        assertThat(jubilee.isOverdue(LocalDate.of(2022, 6, 7))).isTrue();
        MeetingAction done = actions.record(
                raisedAt,
                new MeetingAction.Raising(
                        minuteId, "Circulate the business case", MeetingAction.Owner.SECRETARIAT, null, null));
        actions.update(jubilee.getId(), jubilee.getVersion(), "A paper is being prepared for the next meeting.");
        actions.complete(done.getId(), done.getVersion(), "Circulated by email.");

        long next = meeting(MeetingKind.ORDINARY, LocalDate.of(2033, 7, 13));
        assertThat(actions.forReviewAt(next))
                .extracting(MeetingAction::getDescription)
                .contains("The Commissioner would report back on the 101 service")
                .doesNotContain("Circulate the business case");
        assertThat(actions.forReviewAt(raisedAt))
                .extracting(MeetingAction::getId)
                .doesNotContain(jubilee.getId());

        // An action becomes public with the minutes that record it.
        Cast cast = cast(LocalDate.of(2024, 3, 13));
        MeetingMinutes attended = minutes.recordAttendance(
                raisedAt,
                minutes.of(raisedAt).orElseThrow().getVersion(),
                lines(cast, cast.absent(), cast.absent(), true));
        minutes.publish(raisedAt, attended.getVersion());
        meetings.planItem(next, "Commissioner's report", null);
        agendas.start(next);
        agendas.publish(next, agendas.agendaOf(next).orElseThrow().getVersion(), null);
        String agenda = mvc.perform(get("/meetings/" + next + "/agenda"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(agenda).select("a:contains(Review of actions)").attr("href"))
                .isEqualTo("/meetings/" + next + "/actions-review");
        String review = mvc.perform(get("/meetings/" + next + "/actions-review"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(review).text())
                .contains("The Commissioner would report back on the 101 service")
                .contains("A paper is being prepared for the next meeting.")
                .contains("Overdue");
        assertThat(HtmlChecker.errorsIn(review)).isEmpty();

        // Two days on, the action moves on: the paper published with the agenda does not; the log does.
        clock.set(LocalDateTime.now(clock).plusDays(2));
        MeetingAction later = actions.update(
                jubilee.getId(),
                actions.ofMeeting(raisedAt).stream()
                        .filter(a -> a.getId().equals(jubilee.getId()))
                        .findFirst()
                        .orElseThrow()
                        .getVersion(),
                "The 101 report was given at a private briefing.");
        assertThat(text("/actions")).contains("The 101 report was given at a private briefing.");
        actions.complete(later.getId(), later.getVersion(), null);
        String reviewLater = text("/meetings/" + next + "/actions-review");
        assertThat(reviewLater)
                .isEqualTo(Jsoup.parse(review).select("main").text())
                .contains("The Commissioner would report back on the 101 service")
                .doesNotContain("private briefing");
        assertThat(text("/meetings/" + next + "/versions/1/actions-review")).isEqualTo(reviewLater);
        assertThat(text("/actions")).doesNotContain("The Commissioner would report back on the 101 service");
    }

    private String text(String address) throws Exception {
        String html = mvc.perform(get(address)).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html).select("main").text();
    }

    @Test
    void the_seed_meetings_are_minuted_as_the_panel_minuted_them() throws Exception {
        String february = mvc.perform(get("/meetings/2/minutes"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(february);
        assertThat(page.select("main h2").eachText())
                .startsWith("40. Apologies for Absence", "41. Declarations of Interest")
                .contains("46. Precept Report 2022/23", "48. Meeting Dates and Agenda Plan 2021/22");
        assertThat(page.text())
                .contains(
                        "Apologies were received from Councillor A Ali, Councillor C Hogg, Councillor A Lynn, Councillor S Tierney")
                .contains("Councillor A Bradnam declared a non-registerable interest")
                .contains(
                        "The Panel unanimously AGREED to NOT exercise its veto power over the precept increase proposed by the Commissioner.")
                .contains("15. Edward Leigh asked about the timescale")
                .contains("The meeting began at 1:30pm and ended at 4:00pm.")
                .contains("Approved as an accurate record at the meeting of 23 March 2022");

        byte[] pdf = mvc.perform(get("/meetings/12/minutes.pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfChecker.pdfUaFailures(pdf)).isEmpty();
        assertThat(PdfChecker.text(pdf).replaceAll("\\s+", " "))
                .contains("ON 15 MARCH 2023")
                .contains("Councillor G Wilson (Sub)")
                .contains("Councillor G Wilson attended as substitute for Councillor A Bradnam.")
                .contains("52. Approach to Communications and Engagement")
                .contains("36. Edward Leigh asked what had changed at Action Fraud")
                .contains("56. Meeting Dates and Agenda Plan")
                .contains("Summary of decisions and actions");
    }

    @Test
    void the_quorum_is_the_panels_to_set_and_a_bad_value_is_refused_on_the_form() throws Exception {
        MockHttpServletResponse refused = mvc.perform(post("/manage/quorum")
                        .param("quorum", "none")
                        .param("version", Long.toString(minutes.rules().getVersion()))
                        .with(SECRETARIAT)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("The quorum must be a whole number");
        assertThat(HtmlChecker.errorsIn(refused.getContentAsString())).isEmpty();

        mvc.perform(post("/manage/quorum")
                .param("quorum", "5")
                .param("version", Long.toString(minutes.rules().getVersion()))
                .with(SECRETARIAT)
                .with(csrf()));
        assertThat(minutes.rules().getQuorum()).isEqualTo(5);
        minutes.changeQuorum(minutes.rules().getVersion(), 4);
    }

    @Test
    void publishing_the_draft_minutes_shows_first_what_is_not_written() throws Exception {
        long meetingId = meeting(MeetingKind.ORDINARY, LocalDate.of(2036, 6, 11));
        withMinutes(meetingId, 1, 2);
        String path = "/manage/meetings/" + meetingId + "/minutes";

        String overview = mvc.perform(get(path).with(SECRETARIAT))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(overview).select("form[action$=/minutes/publish]"))
                .as("no form on the minutes page publishes at one click")
                .isEmpty();
        MockHttpServletResponse check = mvc.perform(get(path + "/publish").with(SECRETARIAT))
                .andReturn()
                .getResponse();
        assertThat(Jsoup.parse(check.getContentAsString()).select("main li").eachText())
                .contains("The attendance has not been recorded.")
                .anyMatch(line -> line.contains("Item 1: nothing is written yet"))
                .anyMatch(line -> line.contains("Item 2: nothing is written yet"));
        assertThat(HtmlChecker.errorsIn(check.getContentAsString())).isEmpty();
        assertThat(minutes.of(meetingId).orElseThrow().isPublished()).isFalse();
    }
}
