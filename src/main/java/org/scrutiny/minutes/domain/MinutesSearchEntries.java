package org.scrutiny.minutes.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.search.SearchEntry;
import org.scrutiny.search.SearchSources;
import org.scrutiny.shared.DisplayFormats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published minutes for the search: each minute (its summary and decision) and each numbered point
 * on its own, so that a hit opens the minutes at the very point.
 */
@Component
class MinutesSearchEntries implements SearchSources {

    private final AllMinutes minutes;
    private final MeetingSchedule meetings;

    MinutesSearchEntries(AllMinutes minutes, MeetingSchedule meetings) {
        this.minutes = minutes;
        this.meetings = meetings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchEntry> entries() {
        List<MeetingMinutes> published = minutes.findByStatusNot(MeetingMinutes.Status.DRAFT);
        Map<Long, MeetingSummary> held =
                meetings
                        .meetings(published.stream()
                                .map(MeetingMinutes::getMeetingId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(MeetingSummary::id, Function.identity()));
        List<SearchEntry> entries = new ArrayList<>();
        for (MeetingMinutes record : published) {
            MeetingSummary meeting = held.get(record.getMeetingId());
            if (meeting == null) {
                continue;
            }
            String page = "/meetings/" + meeting.id() + "/minutes";
            String label = meeting.name() + ", " + DisplayFormats.dayOf(meeting.date());
            for (Minute minute : record.getMinutes()) {
                String title = minute.getNumber() + ". " + minute.getTitle();
                String summary = String.join(
                        "\n",
                        String.join("\n", minute.summaryParagraphs()),
                        minute.decisionSentence() == null ? "" : minute.decisionSentence());
                entries.add(new SearchEntry(
                        "minute:" + minute.getId(),
                        "Minutes",
                        title,
                        summary.strip(),
                        page + "#minute-" + minute.getNumber(),
                        meeting.date(),
                        label));
                int number = record.firstPointNumber(minute);
                for (String point : minute.pointList()) {
                    entries.add(new SearchEntry(
                            "point:" + minute.getId() + ":" + number,
                            "Minutes",
                            title + ", point " + number,
                            point,
                            page + "#point-" + number,
                            meeting.date(),
                            label,
                            null,
                            Speakers.of(point)));
                    number++;
                }
            }
        }
        return entries;
    }
}
