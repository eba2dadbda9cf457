package org.scrutiny.minutes.domain;

import java.util.ArrayList;
import java.util.List;
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

    private final MinutesService minutes;

    MinutesSearchEntries(MinutesService minutes) {
        this.minutes = minutes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchEntry> entries() {
        List<SearchEntry> entries = new ArrayList<>();
        for (MinutesService.Published published : minutes.allPublished()) {
            MeetingMinutes record = published.record();
            MeetingSummary meeting = published.meeting();
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
