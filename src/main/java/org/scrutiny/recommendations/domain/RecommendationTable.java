package org.scrutiny.recommendations.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.opendata.OpenDataTables;
import org.scrutiny.shared.MunicipalYear;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommendations tracker as a table: every recommendation and report the panel sent, with the
 * meeting it came from, when a response was due and received, the Commissioner's response and its
 * outcome, and the status today. The tracker page offers it as a download; so does the open data.
 */
@Component
public class RecommendationTable implements OpenDataTables {

    private static final List<String> HEADER = List.of(
            "Id",
            "Kind",
            "Title",
            "Recommendation",
            "Meeting",
            "Meeting date",
            "Sent on",
            "Response due",
            "Response received",
            "Outcome",
            "Response",
            "Status today");

    private final RecommendationService recommendations;
    private final MeetingSchedule meetings;

    RecommendationTable(RecommendationService recommendations, MeetingSchedule meetings) {
        this.recommendations = recommendations;
        this.meetings = meetings;
    }

    @Override
    public List<Table> tables() {
        return List.of(new Table("recommendations.csv", HEADER, rows(null, null)));
    }

    public List<String> header() {
        return HEADER;
    }

    /** The rows of the tracker for a year (every year when null) and a status today (any when null), newest first. */
    @Transactional(readOnly = true)
    public List<List<String>> rows(MunicipalYear year, Recommendation.Status status) {
        LocalDate today = recommendations.today();
        List<Recommendation> all = new ArrayList<>();
        int page = 0;
        Page<Recommendation> shown;
        do {
            shown = recommendations.tracker(year, status, page++, 500);
            all.addAll(shown.getContent());
        } while (shown.hasNext());
        Map<Long, MeetingSummary> held =
                meetings
                        .meetings(all.stream()
                                .map(Recommendation::getMeetingId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(MeetingSummary::id, Function.identity()));
        List<List<String>> rows = new ArrayList<>();
        for (Recommendation recommendation : all) {
            MeetingSummary meeting = held.get(recommendation.getMeetingId());
            rows.add(java.util.Arrays.asList(
                    String.valueOf(recommendation.getId()),
                    recommendation.getKind().label(),
                    recommendation.getTitle(),
                    recommendation.getText(),
                    meeting == null ? "" : meeting.name(),
                    meeting == null ? "" : meeting.date().toString(),
                    text(recommendation.getSentOn()),
                    text(recommendation.getResponseDue()),
                    text(recommendation.getResponseReceived()),
                    recommendation.getOutcome() == null
                            ? ""
                            : recommendation.getOutcome().label(),
                    recommendation.getResponseText(),
                    recommendation.statusOn(today).label()));
        }
        return rows;
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
