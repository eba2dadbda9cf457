package org.scrutiny.meetings.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hibernate.envers.Audited;

/** One move of a meeting to another date, time or venue, kept so the public can see what changed. */
@Entity
@Audited
@Table(name = "meeting_reschedule")
public class Reschedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private Meeting meeting;

    private int position;
    private LocalDate previousDate;
    private LocalTime previousTime;
    private String previousVenue;
    private LocalDate newDate;
    private LocalTime newTime;
    private String newVenue;
    private String reason;
    private Instant rescheduledAt;

    protected Reschedule() {}

    Reschedule(
            Meeting meeting,
            int position,
            LocalDate previousDate,
            LocalTime previousTime,
            String previousVenue,
            LocalDate newDate,
            LocalTime newTime,
            String newVenue,
            String reason,
            Instant rescheduledAt) {
        this.meeting = meeting;
        this.position = position;
        this.previousDate = previousDate;
        this.previousTime = previousTime;
        this.previousVenue = previousVenue;
        this.newDate = newDate;
        this.newTime = newTime;
        this.newVenue = newVenue;
        this.reason = reason;
        this.rescheduledAt = rescheduledAt;
    }

    public LocalDate getPreviousDate() {
        return previousDate;
    }

    public LocalTime getPreviousTime() {
        return previousTime;
    }

    public String getPreviousVenue() {
        return previousVenue;
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public LocalTime getNewTime() {
        return newTime;
    }

    public String getNewVenue() {
        return newVenue;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRescheduledAt() {
        return rescheduledAt;
    }

    public int getPosition() {
        return position;
    }
}
