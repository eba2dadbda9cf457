package org.scrutiny.meetings.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.scrutiny.meetings.MeetingStatus;
import org.scrutiny.meetings.domain.Meeting;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.London;
import org.scrutiny.shared.audit.AuditTrail;
import org.scrutiny.shared.web.AtomFeed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The panel's meetings as an Atom feed: each entry changes when the meeting does. */
@Controller
class MeetingFeedController {

    private final MeetingService meetings;
    private final PanelMembership membership;
    private final AuditTrail audit;
    private final String publicUrl;

    MeetingFeedController(
            MeetingService meetings,
            PanelMembership membership,
            AuditTrail audit,
            @Value("${scrutiny.public-url}") String publicUrl) {
        this.meetings = meetings;
        this.membership = membership;
        this.audit = audit;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @GetMapping(path = "/meetings.atom")
    ResponseEntity<String> feed() {
        String panel = membership.panel().name();
        List<Meeting> all = meetings.all();
        Map<Object, Instant> changed = audit.lastChanges(
                Meeting.class, all.stream().map(Meeting::getId).toList());
        List<AtomFeed.Item> items = all.stream()
                .map(meeting -> new AtomFeed.Item(
                        publicUrl + "/meetings/" + meeting.getId(),
                        meeting.name() + ", " + DisplayFormats.weekdayOf(meeting.getDate())
                                + (meeting.getStatus() == MeetingStatus.CANCELLED ? " (cancelled)" : ""),
                        changed.getOrDefault(
                                meeting.getId(),
                                meeting.getDate().atStartOfDay(London.ZONE).toInstant()),
                        meeting.getStatus().label()))
                .toList();
        return AtomFeed.response(publicUrl + "/meetings.atom", "Meetings of the " + panel, panel, items);
    }
}
