package org.scrutiny.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.MeetingBuilder.aMeeting;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.scrutiny.meetings.domain.Meeting;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@ScrutinyTest
class MeetingCalendarIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingService meetings;

    @Autowired
    Clock clock;

    private Calendar fetch(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.getContentAsString()));
        ValidationResult validation = calendar.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        return calendar;
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static VEvent onlyEvent(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT).get(0);
    }

    @Test
    void the_feed_holds_every_meeting_with_the_london_time_zone() throws Exception {
        Calendar calendar = fetch("/meetings.ics");

        assertThat(calendar.getComponents(Component.VEVENT)).hasSizeGreaterThanOrEqualTo(18);
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).hasSize(1);
        assertThat(zones.get(0).getProperty(Property.TZID).orElseThrow().getValue())
                .isEqualTo("Europe/London");
    }

    @Test
    void the_subscribed_feed_holds_the_latest_hundred_held_and_every_one_to_come_and_each_year_has_its_own()
            throws Exception {
        LocalDate first = LocalDate.of(2005, 6, 1);
        for (int i = 0; i < 101; i++) {
            aMeeting().on(first.plusDays(i)).plannedWith(meetings);
        }
        LocalDate today = LocalDate.now(clock);
        Meeting coming = aMeeting().on(today.plusMonths(2)).plannedWith(meetings);

        List<VEvent> subscribed = fetch("/meetings.ics").getComponents(Component.VEVENT);
        List<String> starts = subscribed.stream()
                .map(event -> property(event, Property.DTSTART))
                .toList();
        assertThat(starts.stream().filter(start -> start.substring(0, 8).compareTo(day(today)) < 0))
                .hasSize(100);
        assertThat(starts).contains(day(coming.getDate()) + "T133000");

        List<VEvent> year2005 = fetch("/meetings.ics?year=2005").getComponents(Component.VEVENT);
        assertThat(year2005).hasSizeGreaterThanOrEqualTo(101);
        assertThat(year2005).allSatisfy(event -> assertThat(property(event, Property.DTSTART))
                .matches("200[56].*"));
        assertThat(mvc.perform(get("/meetings.ics?year=1066"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private static String day(LocalDate date) {
        return date.toString().replace("-", "");
    }

    @Test
    void a_meetings_file_carries_its_times_in_london_time_a_venue_and_a_link_back() throws Exception {
        VEvent march2022 = onlyEvent(fetch("/meetings/4/calendar.ics"));

        assertThat(march2022.getProperty(Property.DTSTART).orElseThrow().toString())
                .contains("TZID=Europe/London")
                .contains("20220323T133000");
        assertThat(property(march2022, Property.LOCATION)).contains("Engine Shed, Sand Martin House");
        assertThat(property(march2022, Property.URL)).endsWith("/meetings/4");
        assertThat(property(march2022, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(property(march2022, Property.DESCRIPTION))
                .contains("Police and Crime Commissioner's Approach to Communications and Engagement");
    }

    @Test
    void a_cancelled_meeting_is_published_as_cancelled() throws Exception {
        assertThat(property(onlyEvent(fetch("/meetings/3/calendar.ics")), Property.STATUS))
                .isEqualTo("CANCELLED");
    }

    @Test
    void the_uid_stays_and_the_sequence_rises_when_a_meeting_changes() throws Exception {
        LocalDate inAMonth = LocalDate.now(clock).plusMonths(1);
        Meeting meeting = aMeeting().on(inAMonth).plannedWith(meetings);
        VEvent before = onlyEvent(fetch("/meetings/" + meeting.getId() + "/calendar.ics"));

        Meeting moved = meetings.reschedule(
                meeting.getId(),
                meeting.getVersion(),
                new Meeting.Move(inAMonth.plusDays(7), LocalTime.of(10, 0), 1L, "The Commissioner is away that week"));
        VEvent after = onlyEvent(fetch("/meetings/" + meeting.getId() + "/calendar.ics"));
        meetings.cancel(moved.getId(), moved.getVersion(), "Not needed");
        VEvent cancelled = onlyEvent(fetch("/meetings/" + meeting.getId() + "/calendar.ics"));

        assertThat(property(after, Property.UID)).isEqualTo(property(before, Property.UID));
        assertThat(property(cancelled, Property.UID)).isEqualTo(property(before, Property.UID));
        int first = Integer.parseInt(property(before, Property.SEQUENCE));
        int second = Integer.parseInt(property(after, Property.SEQUENCE));
        int third = Integer.parseInt(property(cancelled, Property.SEQUENCE));
        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
        assertThat(property(after, Property.DTSTART)).contains("T100000");
        assertThat(property(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void a_meeting_without_a_time_is_an_all_day_entry() throws Exception {
        VEvent training = onlyEvent(fetch("/meetings/6/calendar.ics"));

        assertThat(training.getProperty(Property.DTSTART).orElseThrow().toString())
                .contains("VALUE=DATE");
        assertThat(property(training, Property.STATUS)).isEqualTo("TENTATIVE");
    }
}
