package org.scrutiny.minutes.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.envers.Audited;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.WorkingDays;

/**
 * Something a meeting asked for or was promised ("the Commissioner would report back"), owned by
 * someone, due by a date or a meeting, and tracked with updates until done or dropped.
 */
@Entity
@Audited
public class MeetingAction {

    public enum Owner {
        COMMISSIONER("The Commissioner or the OPCC"),
        PANEL("The panel"),
        SECRETARIAT("The secretariat");

        private final String label;

        Owner(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        OPEN("Open"),
        DONE("Done"),
        DROPPED("Dropped");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;
    private long minuteId;
    private String description;

    @Enumerated(EnumType.STRING)
    private Owner owner;

    private LocalDate dueDate;
    private Long dueMeetingId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String droppedReason;
    private LocalDate closedOn;

    @OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ActionUpdate> updates = new ArrayList<>();

    @Version
    private long version;

    protected MeetingAction() {}

    /**
     * An action due by {@code dueDate} or at a meeting. A date that falls on a weekend or bank
     * holiday moves to the next working day.
     */
    /** An action the panel raises under one of a meeting's minutes. */
    public record Raising(long minuteId, String description, Owner owner, LocalDate dueDate, Long dueMeetingId) {}

    public static MeetingAction record(long meetingId, Raising raising, WorkingDays calendar) {
        String description = raising.description();
        Owner owner = raising.owner();
        LocalDate dueDate = raising.dueDate();
        if (description == null || description.isBlank()) {
            throw new BusinessRuleViolation("description", "Describe the action");
        }
        if (owner == null) {
            throw new BusinessRuleViolation("owner", "Choose who owns the action");
        }
        MeetingAction action = new MeetingAction();
        action.meetingId = meetingId;
        action.minuteId = raising.minuteId();
        action.description = description.strip();
        action.owner = owner;
        action.dueDate = dueDate == null ? null : onWorkingDay(dueDate, calendar);
        action.dueMeetingId = raising.dueMeetingId();
        action.status = Status.OPEN;
        return action;
    }

    static LocalDate onWorkingDay(LocalDate date, WorkingDays calendar) {
        LocalDate day = date;
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    public void update(LocalDate on, String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleViolation("text", "Write the update");
        }
        updates.add(new ActionUpdate(this, on, text.strip()));
    }

    public void complete(LocalDate on, String note) {
        if (status != Status.OPEN) {
            throw new BusinessRuleViolation(
                    "The action is already " + status.label().toLowerCase());
        }
        status = Status.DONE;
        closedOn = on;
        if (note != null && !note.isBlank()) {
            updates.add(new ActionUpdate(this, on, note.strip()));
        }
    }

    public void drop(LocalDate on, String reason) {
        if (status != Status.OPEN) {
            throw new BusinessRuleViolation(
                    "The action is already " + status.label().toLowerCase());
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation("text", "Say why the action is dropped");
        }
        status = Status.DROPPED;
        closedOn = on;
        droppedReason = reason.strip();
    }

    /**
     * Open at the end of {@code day}: not yet done or dropped then. An action closed before the day
     * it was closed was recorded is not open on any day.
     */
    public boolean wasOpenOn(LocalDate day) {
        return status == Status.OPEN || (closedOn != null && closedOn.isAfter(day));
    }

    /** As a review published on {@code day} showed it: "Open" or "Overdue". */
    public String statusAsAt(LocalDate day) {
        return dueDate != null && day.isAfter(dueDate) ? "Overdue" : Status.OPEN.label();
    }

    /** The updates written by {@code day}. */
    public List<ActionUpdate> updatesBy(LocalDate day) {
        return updates.stream().filter(u -> !u.getWrittenOn().isAfter(day)).toList();
    }

    /** Open past its due date: the day after it was due is the first day it is overdue. */
    public boolean isOverdue(LocalDate today) {
        return status == Status.OPEN && dueDate != null && today.isAfter(dueDate);
    }

    /** Open, overdue, done or dropped, as the public trackers show it. */
    public String statusOn(LocalDate today) {
        return isOverdue(today) ? "Overdue" : status.label();
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getMinuteId() {
        return minuteId;
    }

    public String getDescription() {
        return description;
    }

    public Owner getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Long getDueMeetingId() {
        return dueMeetingId;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getDroppedReason() {
        return droppedReason;
    }

    public List<ActionUpdate> getUpdates() {
        return Collections.unmodifiableList(updates);
    }

    public long getVersion() {
        return version;
    }
}
