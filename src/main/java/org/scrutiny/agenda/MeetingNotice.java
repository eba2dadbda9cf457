package org.scrutiny.agenda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.scrutiny.meetings.MeetingSummary;

/**
 * The statutory dates of one meeting: the last day its agenda may lawfully be published, and the
 * deadline for public questions (counted from that day while the agenda is unpublished).
 */
public record MeetingNotice(
        MeetingSummary meeting, LocalDate latestPublication, LocalDateTime questionDeadline, Urgency urgency) {

    public enum Urgency {
        IN_TIME,
        DUE_SOON,
        PASSED,
        /** The agenda has been published: nothing is due. */
        PUBLISHED
    }
}
