package org.scrutiny.meetings.domain;

import static org.scrutiny.opendata.OParlType.BODY;
import static org.scrutiny.opendata.OParlType.LEGISLATIVE_TERM;
import static org.scrutiny.opendata.OParlType.LOCATION;
import static org.scrutiny.opendata.OParlType.MEETING;
import static org.scrutiny.opendata.OParlType.ORGANIZATION;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.scrutiny.meetings.MeetingStatus;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.opendata.OParlObject;
import org.scrutiny.opendata.OParlObject.Embedded;
import org.scrutiny.opendata.OParlObject.Page;
import org.scrutiny.opendata.OParlObject.Ref;
import org.scrutiny.opendata.OpenDataSources;
import org.scrutiny.shared.London;
import org.scrutiny.shared.MunicipalYear;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every meeting (a cancelled one stays, marked cancelled), the venues they are held at, and the
 * municipal years they fall in as the body's legislative terms.
 */
@Component
class MeetingOpenData implements OpenDataSources {

    private final MeetingService meetings;
    private final PanelMembership membership;

    MeetingOpenData(MeetingService meetings, PanelMembership membership) {
        this.meetings = meetings;
        this.membership = membership;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OParlObject> objects() {
        Month yearStart = membership.panel().municipalYearStart();
        List<OParlObject> objects = new ArrayList<>();
        Map<Long, Venue> venues = new TreeMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (Meeting meeting : meetings.all()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("name", meeting.name());
            fields.put("meetingState", meeting.getStatus().label());
            fields.put("cancelled", meeting.getStatus() == MeetingStatus.CANCELLED);
            fields.put("start", meeting.getStartTime() == null ? null : at(meeting.getDate(), meeting.getStartTime()));
            fields.put("end", meeting.getEndTime() == null ? null : at(meeting.getDate(), meeting.getEndTime()));
            if (meeting.getVenue() != null) {
                venues.put(meeting.getVenue().getId(), meeting.getVenue());
                fields.put("location", Embedded.of(LOCATION, meeting.getVenue().getId()));
            }
            fields.put("organization", List.of(Ref.to(ORGANIZATION, OParlObject.THE_PANEL)));
            fields.put("web", new Page("/meetings/" + meeting.getId()));
            objects.add(OParlObject.of(MEETING, meeting.getId(), fields));
            years.add(MunicipalYear.containing(meeting.getDate(), yearStart).startYear());
        }
        for (Venue venue : venues.values()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("description", venue.oneLine());
            fields.put("streetAddress", venue.getAddress());
            fields.put("locality", venue.getTown());
            fields.put("postalCode", venue.getPostcode());
            fields.put("bodies", List.of(Ref.to(BODY, OParlObject.THE_PANEL)));
            objects.add(OParlObject.of(LOCATION, venue.getId(), fields));
        }
        List<Object> terms = new ArrayList<>();
        for (int start : years) {
            MunicipalYear year = new MunicipalYear(start, yearStart);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("body", Ref.to(BODY, OParlObject.THE_PANEL));
            fields.put("name", "Municipal year " + year.label());
            fields.put("startDate", year.firstDay());
            fields.put("endDate", year.lastDay());
            fields.put("web", new Page("/meetings?year=" + start));
            objects.add(OParlObject.of(LEGISLATIVE_TERM, start, fields));
            terms.add(Embedded.of(LEGISLATIVE_TERM, start));
        }
        objects.add(OParlObject.extending(BODY, OParlObject.THE_PANEL, Map.of("legislativeTerm", terms)));
        return objects;
    }

    /** A day and time in London; a meeting whose time is not yet known starts on its day. */
    private static java.time.Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time == null ? LocalTime.MIDNIGHT : time)
                .atZone(London.ZONE)
                .toInstant();
    }
}
