package org.scrutiny.papers.domain;

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
 * Published reports for the search: each written section on its own, and the text of each
 * uploaded paper and appendix. Only what the public may read: accepted, on a published agenda,
 * for an item neither exempt nor withdrawn; a paper withdrawn later leaves the index.
 */
@Component
class ReportSearchEntries implements SearchSources {

    private final ReportService service;
    private final MeetingSchedule meetings;

    ReportSearchEntries(ReportService service, MeetingSchedule meetings) {
        this.service = service;
        this.meetings = meetings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchEntry> entries() {
        List<Report> accepted = service.allPublic().stream()
                .map(ReportService.PublicReport::report)
                .toList();
        Map<Long, MeetingSummary> byId =
                meetings
                        .meetings(accepted.stream()
                                .map(Report::getMeetingId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(MeetingSummary::id, Function.identity()));
        List<SearchEntry> entries = new ArrayList<>();
        for (Report report : accepted) {
            MeetingSummary meeting = byId.get(report.getMeetingId());
            if (meeting == null) {
                continue;
            }
            String page = "/meetings/" + meeting.id() + "/reports/" + report.getId();
            String label = meeting.name() + ", " + DisplayFormats.dayOf(meeting.date());
            int index = 0;
            for (Report.Sections.Section section : report.getSections().written()) {
                entries.add(new SearchEntry(
                        "report:" + report.getId() + ":" + index++,
                        "Report",
                        report.getTitle() + ": " + section.heading(),
                        section.text(),
                        page,
                        meeting.date(),
                        label));
            }
            for (PaperFile file : report.getFiles()) {
                if (file.getExtractedText() == null || file.getExtractedText().isBlank()) {
                    continue;
                }
                // A PDF's text has a form feed at the end of each page: a hit opens the file at its page.
                String[] pages = file.getExtractedText().split("\f");
                for (int number = 1; number <= pages.length; number++) {
                    String text = pages[number - 1].strip();
                    if (text.isEmpty()) {
                        continue;
                    }
                    boolean paged = pages.length > 1;
                    entries.add(new SearchEntry(
                            "file:" + file.getId() + (paged ? ":" + number : ""),
                            "Report",
                            report.getTitle() + ": " + file.getTitle() + (paged ? ", page " + number : ""),
                            text,
                            page + "/files/" + file.getId() + (paged ? "#page=" + number : ""),
                            meeting.date(),
                            label));
                }
            }
        }
        return entries;
    }
}
