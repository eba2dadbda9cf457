package org.scrutiny.minutes.domain;

import static org.scrutiny.opendata.OParlType.AGENDA_ITEM;
import static org.scrutiny.opendata.OParlType.FILE;
import static org.scrutiny.opendata.OParlType.MEETING;
import static org.scrutiny.opendata.OParlType.PERSON;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.scrutiny.agenda.AgendaItems;
import org.scrutiny.opendata.OParlObject;
import org.scrutiny.opendata.OParlObject.Embedded;
import org.scrutiny.opendata.OParlObject.Page;
import org.scrutiny.opendata.OParlObject.Ref;
import org.scrutiny.opendata.OpenDataSources;
import org.scrutiny.shared.London;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published minutes: each meeting's minutes as its results protocol, who attended as its
 * participants, and what the panel decided on each public agenda item as the item's result. The
 * minutes are rendered on request, so their file carries no size or checksum.
 */
@Component
class MinutesOpenData implements OpenDataSources {

    private final AllMinutes minutes;
    private final AgendaItems agenda;

    MinutesOpenData(AllMinutes minutes, AgendaItems agenda) {
        this.minutes = minutes;
        this.agenda = agenda;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OParlObject> objects() {
        List<OParlObject> objects = new ArrayList<>();
        List<MeetingMinutes> published = minutes.findByStatusNot(MeetingMinutes.Status.DRAFT);
        Map<Long, List<AgendaItems.Item>> items = agenda.publishedItemsOf(
                published.stream().map(MeetingMinutes::getMeetingId).toList());
        for (MeetingMinutes record : published) {
            long meetingId = record.getMeetingId();
            String path = "/meetings/" + meetingId + "/minutes";
            String key = "minutes-" + meetingId;
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("name", record.isApproved() ? "Minutes" : "Minutes (draft, not yet approved)");
            file.put("fileName", "minutes-" + meetingId + ".pdf");
            file.put("mimeType", "application/pdf");
            file.put(
                    "date",
                    record.getPublishedAt() == null
                            ? null
                            : record.getPublishedAt().atZone(London.ZONE).toLocalDate());
            file.put("text", text(record));
            file.put("accessUrl", new Page(path + ".pdf"));
            file.put("downloadUrl", new Page(path + ".pdf"));
            file.put("fileLicense", OParlObject.OPEN_GOVERNMENT_LICENCE);
            file.put("meeting", List.of(Ref.to(MEETING, meetingId)));
            file.put("web", new Page(path));
            objects.add(OParlObject.of(FILE, key, file));

            Map<String, Object> meeting = new LinkedHashMap<>();
            meeting.put("resultsProtocol", Embedded.of(FILE, key));
            meeting.put(
                    "participant",
                    record.getAttendees().stream()
                            .filter(a -> a.getPresence() == Attendee.Presence.PRESENT && a.getPersonId() != null)
                            .map(a -> (Object) Ref.to(PERSON, a.getPersonId()))
                            .distinct()
                            .toList());
            objects.add(OParlObject.extending(MEETING, meetingId, meeting));

            Set<Long> exempt = items.getOrDefault(meetingId, List.of()).stream()
                    .filter(AgendaItems.Item::exempt)
                    .map(AgendaItems.Item::id)
                    .collect(Collectors.toSet());
            for (Minute minute : record.getMinutes()) {
                if (minute.getAgendaItemId() == null || exempt.contains(minute.getAgendaItemId())) {
                    continue;
                }
                String decided = minute.decisionSentence();
                Map<String, Object> result = new LinkedHashMap<>();
                result.put(
                        "result",
                        decided == null ? "Minuted" : minute.getDecision().label());
                result.put("resolutionText", decided);
                objects.add(OParlObject.extending(AGENDA_ITEM, minute.getAgendaItemId(), result));
            }
        }
        return objects;
    }

    private static String text(MeetingMinutes record) {
        StringBuilder text = new StringBuilder();
        for (Minute minute : record.getMinutes()) {
            text.append(minute.getNumber())
                    .append(". ")
                    .append(minute.getTitle())
                    .append("\n\n");
            minute.summaryParagraphs().forEach(p -> text.append(p).append("\n\n"));
            minute.pointList().forEach(p -> text.append(p).append("\n\n"));
            if (minute.decisionSentence() != null) {
                text.append(minute.decisionSentence()).append("\n\n");
            }
        }
        return text.toString().strip();
    }
}
