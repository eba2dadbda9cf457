package org.scrutiny.questions.domain;

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
 * Accepted questions and statements with their answers, for the search: the words and the answer
 * only, never who sent them (their name, email or area), whatever they agreed to show on the page.
 */
@Component
class QuestionSearchEntries implements SearchSources {

    private final PublicQuestions questions;
    private final MeetingSchedule meetings;

    QuestionSearchEntries(PublicQuestions questions, MeetingSchedule meetings) {
        this.questions = questions;
        this.meetings = meetings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchEntry> entries() {
        List<PublicQuestion> accepted =
                questions.findByStatusInOrderBySubmittedAtAsc(List.of(PublicQuestion.Status.ACCEPTED));
        Map<Long, MeetingSummary> byId =
                meetings
                        .meetings(accepted.stream()
                                .map(PublicQuestion::getMeetingId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(MeetingSummary::id, Function.identity()));
        return accepted.stream()
                .filter(q -> byId.containsKey(q.getMeetingId()))
                .map(q -> {
                    MeetingSummary meeting = byId.get(q.getMeetingId());
                    return new SearchEntry(
                            "question:" + q.getId(),
                            "Public question",
                            q.getKind().label() + " to the meeting of " + DisplayFormats.dayOf(meeting.date()),
                            q.getText() + (q.getAnswer() == null ? "" : "\n" + q.getAnswer()),
                            "/meetings/" + meeting.id() + "/questions",
                            meeting.date(),
                            meeting.name() + ", " + DisplayFormats.dayOf(meeting.date()));
                })
                .toList();
    }
}
