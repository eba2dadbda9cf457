package org.scrutiny.questions;

import java.util.Collection;
import java.util.List;

/**
 * How many questions and statements the public sent for each meeting, and what became of them:
 * counts only, never who sent them or what they said (for the panel's annual report and the
 * public statistics).
 */
public interface QuestionFigures {

    /** The counts for one meeting: received is every one sent, whatever became of it. */
    record AtMeeting(long meetingId, int questions, int statements, int accepted, int rejected, int answered) {

        public int received() {
            return questions + statements;
        }
    }

    /** The counts for each of these meetings that received any, in the order of the ids given. */
    List<AtMeeting> at(Collection<Long> meetingIds);
}
