package org.scrutiny.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.domain.Meeting;
import org.scrutiny.meetings.domain.MeetingPlan;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.meetings.domain.Venue;

/**
 * A meeting for a test to plan: {@code aMeeting().on(date).plannedWith(meetings)} is a confirmed
 * ordinary meeting at 13:30 at the panel's first venue. Tests share one database, so each takes a
 * date of its own.
 */
public final class MeetingBuilder {

    private MeetingKind kind = MeetingKind.ORDINARY;
    private String title;
    private LocalDate date;
    private LocalTime startTime = LocalTime.of(13, 30);
    private boolean confirmed = true;

    private MeetingBuilder() {}

    public static MeetingBuilder aMeeting() {
        return new MeetingBuilder();
    }

    public MeetingBuilder of(MeetingKind kind) {
        this.kind = kind;
        return this;
    }

    public MeetingBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public MeetingBuilder on(LocalDate date) {
        this.date = date;
        return this;
    }

    public MeetingBuilder at(LocalTime startTime) {
        this.startTime = startTime;
        return this;
    }

    /** Provisional, with no time or venue yet. */
    public MeetingBuilder provisional() {
        this.confirmed = false;
        this.startTime = null;
        return this;
    }

    public MeetingPlan plan() {
        if (date == null) {
            throw new IllegalStateException("Give the test's meeting a date of its own with on(date)");
        }
        return new MeetingPlan(kind, title, date, null, startTime, confirmed);
    }

    /** Planned in the work programme; a confirmed meeting is held at the first venue the panel recorded. */
    public Meeting plannedWith(MeetingService meetings) {
        Long venue = confirmed
                ? meetings.venues().stream()
                        .min(Comparator.comparing(Venue::getId))
                        .orElseThrow()
                        .getId()
                : null;
        return meetings.plan(plan(), venue);
    }
}
