package org.scrutiny.hearings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.Users.SECRETARIAT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.scrutiny.hearings.domain.ConfirmationHearing;
import org.scrutiny.hearings.domain.HearingService;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.PdfChecker;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@ScrutinyTest
class HearingsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    HearingService hearings;

    @Autowired
    MeetingSchedule schedule;

    @Test
    void a_proposed_chief_constable_gets_a_hearing_within_three_weeks_and_a_veto_vote_of_the_whole_membership()
            throws Exception {
        MockHttpServletResponse proposed = mvc.perform(post("/manage/hearings")
                        .param("post", "CHIEF_CONSTABLE")
                        .param("candidate", "Chief Superintendent A Example")
                        .param("criteria", "Leadership, integrity and operational experience.")
                        .param("date.day", "3")
                        .param("date.month", "1")
                        .param("date.year", "2039")
                        .with(SECRETARIAT)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        long id = Long.parseLong(proposed.getRedirectedUrl().replace("/manage/hearings/", ""));
        ConfirmationHearing hearing = hearings.hearing(id);
        assertThat(hearing.deadline()).isEqualTo(LocalDate.of(2039, 1, 23));
        var meeting = schedule.meeting(hearing.getMeetingId()).orElseThrow();
        assertThat(meeting.kind()).isEqualTo(MeetingKind.CONFIRMATION_HEARING);
        assertThat(meeting.date())
                .as("23 January 2039 is a Sunday: the Friday before")
                .isEqualTo(LocalDate.of(2039, 1, 21));

        int members = hearings.membersOn(meeting.date());
        MockHttpServletResponse recorded = mvc.perform(post("/manage/hearings/" + id + "/recommendation")
                        .param("version", Long.toString(hearing.getVersion()))
                        .param("meeting", Long.toString(meeting.id()))
                        .param("votesForVeto", Integer.toString((2 * members + 2) / 3 - 1))
                        .param("recommendation", "The Panel recommends that the appointment is made.")
                        .param("date.day", "21")
                        .param("date.month", "1")
                        .param("date.year", "2039")
                        .with(SECRETARIAT)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(recorded.getRedirectedUrl()).isEqualTo("/manage/hearings/" + id);
        assertThat(hearings.hearing(id).isVetoed()).as("one vote short").isFalse();

        String page =
                mvc.perform(get("/hearings/" + id)).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).text())
                .contains("Sunday 23 January 2039 (three weeks beginning with the day of receipt)")
                .contains("The Panel recommends that the appointment is made.")
                .contains("No veto.");
        assertThat(HtmlChecker.errorsIn(page)).isEmpty();
        String manage = mvc.perform(get("/manage/hearings/" + id).with(SECRETARIAT))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlChecker.errorsIn(manage)).isEmpty();
        byte[] report = mvc.perform(get("/hearings/" + id + "/report.pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfChecker.pdfUaFailures(report)).isEmpty();
        assertThat(PdfChecker.text(report).replaceAll("\\s+", " "))
                .contains("PROPOSED APPOINTMENT OF CHIEF SUPERINTENDENT A EXAMPLE AS CHIEF CONSTABLE")
                .contains("Date the proposal was received: 3 January 2039")
                .contains("The Panel recommends that the appointment is made.")
                .contains("The appointment was not vetoed.");
        String tracker =
                mvc.perform(get("/recommendations")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(tracker).text())
                .contains("Confirmation hearing: Chief Superintendent A Example as Chief Constable");
    }
}
