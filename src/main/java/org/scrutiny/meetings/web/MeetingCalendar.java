package org.scrutiny.meetings.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
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
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Scrutiny//" + panelName + "//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(timeZones.getTimeZone(London.ZONE.getId()).getVTimeZone());
        for (Meeting meeting : meetings) {
            calendar.add(event(panel, meeting));
        }
        try {
            // ical4j folds at 75 characters; RFC 5545 counts octets, so fold here instead.
            CalendarOutputter outputter = new CalendarOutputter(true);
            StringWriter out = new StringWriter();
            outputter.output(calendar, out);
            return ContentLines.refold(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private VEvent event(PanelDetails panel, Meeting meeting) {
        String summary = TypedText.oneLine(panel.name() + ": " + meeting.name());
        VEvent event;
        if (meeting.getStartTime() == null) {
            event = new VEvent(meeting.getDate(), summary);
        } else {
            ZonedDateTime start = ZonedDateTime.of(meeting.getDate(), meeting.getStartTime(), London.ZONE);
            LocalTime end = meeting.getEndTime();
            ZonedDateTime finish =
                    end != null ? ZonedDateTime.of(meeting.getDate(), end, London.ZONE) : start.plus(EXPECTED_LENGTH);
            event = new VEvent(start, finish, summary);
        }
        event.add(new Uid(meeting.getUid() + "@scrutiny"));
        // METHOD:PUBLISH (RFC 5546) requires the organiser: the panel, reached through its secretariat.
        Organizer organizer = new Organizer(URI.create("mailto:" + panel.email()));
        organizer.add(new Cn(TypedText.oneLine(panel.name())));
        event.add(organizer);
        event.replace(new DtStamp(meeting.getLastChangedAt()));
        event.add(new LastModified(meeting.getLastChangedAt()));
        event.add(new Sequence(meeting.getSequence()));
        event.add(status(meeting.getStatus()));
        event.add(new Url(URI.create(publicUrl + "/meetings/" + meeting.getId())));
        event.add(new Location(
                meeting.getVenue() == null
                        ? "Venue to be confirmed"
                        : TypedText.oneLine(meeting.getVenue().oneLine())));
        // Cleaned again on the way out, so that text stored before the text rule cannot break a calendar.
        event.add(new Description(TypedText.clean(description(meeting))));
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
