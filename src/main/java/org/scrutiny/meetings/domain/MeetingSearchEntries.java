package org.scrutiny.meetings.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.scrutiny.meetings.PlannedItem;
import org.scrutiny.search.SearchEntry;
import org.scrutiny.search.SearchSources;
import org.scrutiny.shared.DisplayFormats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every meeting, with where it is and what is planned for it, for the search. */
@Component
class MeetingSearchEntries implements SearchSources {

    private final MeetingService meetings;

    MeetingSearchEntries(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchEntry> entries() {
        return meetings.plannedBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2200, 12, 31)).stream()
                .map(planned -> new SearchEntry(
                        "meeting:" + planned.meeting().id(),
                        "Meeting",
                        planned.meeting().name() + ", "
                                + DisplayFormats.dayOf(planned.meeting().date()),
                        String.join(
                                "\n",
                                planned.meeting().whenAndWhere(),
                                planned.meeting().status().label(),
                                planned.items().stream().map(PlannedItem::title).collect(Collectors.joining("\n"))),
                        "/meetings/" + planned.meeting().id(),
                        planned.meeting().date(),
                        null))
                .toList();
    }
}
