package org.scrutiny.questions.domain;

import java.util.Optional;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.papers.ItemPapers;
import org.springframework.stereotype.Component;

/**
 * Under a meeting's "Public questions and statements" item: the accepted questions, or while the
 * meeting still takes them, the way to send one.
 */
@Component
class QuestionsPaper implements ItemPapers {

    private final QuestionService questions;

    QuestionsPaper(QuestionService questions) {
        this.questions = questions;
    }

    @Override
    public Optional<Paper> paperFor(long meetingId, ItemPurpose purpose) {
        if (purpose != ItemPurpose.PUBLIC_QUESTIONS) {
            return Optional.empty();
        }
        long accepted = questions.acceptedCount(meetingId);
        if (accepted > 0) {
            return Optional.of(new Paper(
                    accepted == 1
                            ? "1 question or statement accepted"
                            : accepted + " questions and statements accepted",
                    "/meetings/" + meetingId + "/questions"));
        }
        if (questions.openMeeting(meetingId).isPresent()) {
            return Optional.of(new Paper("Ask a question or make a statement", "/questions/new?meeting=" + meetingId));
        }
        return Optional.empty();
    }
}
