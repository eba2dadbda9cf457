package org.scrutiny.meetings.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.scrutiny.meetings.MeetingStatus;
import org.scrutiny.meetings.domain.Meeting;
import org.scrutiny.meetings.domain.WorkProgrammeItem;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.shared.London;
import org.scrutiny.shared.TypedText;
import org.scrutiny.shared.web.ContentLines;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes meetings as iCalendar (RFC 5545). The UID never changes and SEQUENCE rises with every
 * change, so a calendar that subscribed or imported a meeting replaces it rather than adding a
 * second entry; a cancelled meeting stays in the feed with STATUS:CANCELLED so it is removed.
 */
@Component
class MeetingCalendar {

    /** Meetings without a recorded end are shown as lasting this long. */
    private static final Duration EXPECTED_LENGTH = Duration.ofHours(2);

    private final String publicUrl;
    private final TimeZoneRegistry timeZones =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    MeetingCalendar(@Value("${scrutiny.public-url}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String write(PanelDetails panel, List<Meeting> meetings) {
        String panelName = panel.name();
        // Built from whole lists: ical4j copies a list on every single addition.
        List<CalendarComponent> components = new ArrayList<>(meetings.size() + 1);
        components.add(timeZones.getTimeZone(London.ZONE.getId()).getVTimeZone());
        for (Meeting meeting : meetings) {
            components.add(event(panel, meeting));
        }
        Calendar calendar = new Calendar(
                new PropertyList(List.of(
                        new ProdId("-//Scrutiny//" + panelName + "//EN"),
                        ImmutableVersion.VERSION_2_0,
                        ImmutableCalScale.GREGORIAN,
                        ImmutableMethod.PUBLISH)),
                new ComponentList<>(components));
        try {
            // ical4j would fold at 75 characters; RFC 5545 counts octets, so fold here instead. The
            // calendar is not validated on every request (most of the cost of writing it, growing
            // with every meeting): the tests validate what this writes.
            CalendarOutputter outputter = new CalendarOutputter(false, Integer.MAX_VALUE);
            StringWriter out = new StringWriter();
            outputter.output(calendar, out);
            return ContentLines.fold(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private VEvent event(PanelDetails panel, Meeting meeting) {
        String summary = TypedText.oneLine(panel.name() + ": " + meeting.name());
        List<Property> properties = new ArrayList<>(14);
        if (meeting.getStartTime() == null) {
            properties.add(new DtStart<>(meeting.getDate()));
        } else {
            ZonedDateTime start = ZonedDateTime.of(meeting.getDate(), meeting.getStartTime(), London.ZONE);
            LocalTime end = meeting.getEndTime();
            ZonedDateTime finish =
                    end != null ? ZonedDateTime.of(meeting.getDate(), end, London.ZONE) : start.plus(EXPECTED_LENGTH);
            properties.add(new DtStart<>(start));
            properties.add(new DtEnd<>(finish));
        }
        properties.add(new Summary(summary));
        properties.add(new Uid(meeting.getUid() + "@scrutiny"));
        // METHOD:PUBLISH (RFC 5546) requires the organiser: the panel, reached through its secretariat.
        Organizer organizer = new Organizer(URI.create("mailto:" + panel.email()));
        organizer.add(new Cn(TypedText.oneLine(panel.name())));
        properties.add(organizer);
        properties.add(new DtStamp(meeting.getLastChangedAt()));
        properties.add(new LastModified(meeting.getLastChangedAt()));
        properties.add(new Sequence(meeting.getSequence()));
        properties.add(status(meeting.getStatus()));
        properties.add(new Url(URI.create(publicUrl + "/meetings/" + meeting.getId())));
        properties.add(new Location(
                meeting.getVenue() == null
                        ? "Venue to be confirmed"
                        : TypedText.oneLine(meeting.getVenue().oneLine())));
        // Cleaned again on the way out, so that text stored before the text rule cannot break a calendar.
        properties.add(new Description(TypedText.clean(description(meeting))));
        VEvent event = new VEvent(new PropertyList(properties));
        return event;
    }

    private static Status status(MeetingStatus status) {
        return switch (status) {
            case PROVISIONAL -> ImmutableStatus.VEVENT_TENTATIVE;
            case CONFIRMED, HELD -> ImmutableStatus.VEVENT_CONFIRMED;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        };
    }

    private static String description(Meeting meeting) {
        StringBuilder text = new StringBuilder(meeting.getStatus().label());
        if (meeting.getStatus() == MeetingStatus.CANCELLED && meeting.getCancellationReason() != null) {
            text.append(": ").append(meeting.getCancellationReason());
        }
        if (meeting.getDateNote() != null) {
            text.append(". Date: ").append(meeting.getDateNote());
        }
        List<WorkProgrammeItem> items = meeting.getItems();
        if (!items.isEmpty()) {
            text.append("\n\nPlanned items:\n")
                    .append(items.stream().map(WorkProgrammeItem::getTitle).collect(Collectors.joining("\n")));
        }
        return text.toString();
    }
}
