package org.scrutiny.meetings.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.MeetingStatus;
import org.scrutiny.shared.BusinessRuleViolation;

/**
 * A meeting of the panel, from a provisional date in the work programme to held or cancelled.
 * Every change raises {@link #getSequence() the sequence} so that calendars that imported it
 * take the new version.
 */
@Entity
@Audited
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Stable across every change: the iCalendar UID. */
    @Column(nullable = false, updatable = false)
    private UUID uid;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind;

    private String title;

    @Column(name = "meeting_date")
    private LocalDate date;

    /** Words shown instead of an exact date while it is provisional, e.g. "Early September". */
    private String dateNote;

    private LocalTime startTime;
    private LocalTime endTime;

    @ManyToOne(fetch = FetchType.LAZY)
    private Venue venue;

    @Enumerated(EnumType.STRING)
    private MeetingStatus status;

    private String cancellationReason;
    private int sequence;
    private Instant lastChangedAt;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<WorkProgrammeItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Reschedule> reschedules = new ArrayList<>();

    @Version
    private long version;

    protected Meeting() {}

    private Meeting(MeetingKind kind, String title, LocalDate date, LocalTime startTime, Venue venue, Clock clock) {
        this.uid = UUID.randomUUID();
        this.kind = kind;
        this.title = title;
        this.date = date;
        this.startTime = startTime;
        this.venue = venue;
        this.lastChangedAt = clock.instant();
    }

    /**
     * Puts a meeting in the work programme, provisional unless {@code confirmed}, with the panel's
     * standing items when the kind of meeting carries them.
     */
    public static Meeting plan(MeetingPlan plan, Venue venue, List<StandingItem> standingItems, Clock clock) {
        Meeting meeting =
                new Meeting(plan.kind(), blankToNull(plan.title()), plan.date(), plan.startTime(), venue, clock);
        meeting.dateNote = blankToNull(plan.dateNote());
        meeting.status = plan.confirmed() ? MeetingStatus.CONFIRMED : MeetingStatus.PROVISIONAL;
        if (plan.kind().carriesStandingItems()) {
            standingItems.stream()
                    .filter(StandingItem::isActive)
                    .forEach(s -> meeting.items.add(new WorkProgrammeItem(
                            meeting, meeting.items.size() + 1, s.getTitle(), null, true, s.getPurpose())));
        }
        return meeting;
    }

    /** Changes what the meeting is called and what kind it is; the date, time and venue move only by rescheduling. */
    public void describe(MeetingKind kind, String title, String dateNote, Clock clock) {
        refuseIfClosed("changed");
        // A change of kind keeps the items already planned: the secretariat adjusts them by hand.
        this.kind = kind;
        this.title = blankToNull(title);
        this.dateNote = status == MeetingStatus.PROVISIONAL ? blankToNull(dateNote) : null;
        changed(clock);
    }

    public void confirm(Clock clock) {
        if (status != MeetingStatus.PROVISIONAL) {
            throw new BusinessRuleViolation("Only a provisional meeting can be confirmed; this one is "
                    + status.label().toLowerCase());
        }
        if (startTime == null || venue == null) {
            throw new BusinessRuleViolation("Give the meeting a start time and a venue before confirming it");
        }
        status = MeetingStatus.CONFIRMED;
        dateNote = null;
        changed(clock);
    }

    /** Moves the meeting, keeping where it was before and why it moved. */
    /** A meeting moved: its new date, start time and venue, and why. */
    public record Move(LocalDate date, LocalTime startTime, Long venueId, String reason) {}

    public void reschedule(LocalDate newDate, LocalTime newTime, Venue newVenue, String reason, Clock clock) {
        refuseIfClosed("rescheduled");
        if (newDate.equals(date) && Objects.equals(newTime, startTime) && sameVenue(newVenue)) {
            throw new BusinessRuleViolation(
                    "date", "The new date, time and venue are the same as now: change at least one");
        }
        reschedules.add(new Reschedule(
                this,
                reschedules.size() + 1,
                date,
                startTime,
                venue == null ? null : venue.oneLine(),
                newDate,
                newTime,
                newVenue == null ? null : newVenue.oneLine(),
                reason,
                clock.instant()));
        this.date = newDate;
        this.startTime = newTime;
        this.venue = newVenue;
        changed(clock);
    }

    public void cancel(String reason, Clock clock) {
        refuseIfClosed("cancelled");
        status = MeetingStatus.CANCELLED;
        cancellationReason = reason;
        changed(clock);
    }

    /** Records that the meeting took place and, when known, when it ended. */
    public void recordHeld(LocalTime endedAt, Clock clock) {
        if (status == MeetingStatus.CANCELLED) {
            throw new BusinessRuleViolation("A cancelled meeting cannot be recorded as held");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleViolation(
                    "endTime", "The meeting is on a future date: it can only be recorded as held on or after the day");
        }
        if (endedAt != null && startTime != null && !endedAt.isAfter(startTime)) {
            throw new BusinessRuleViolation("endTime", "The end time must be after the start time of " + startTime);
        }
        status = MeetingStatus.HELD;
        endTime = endedAt;
        dateNote = null;
        changed(clock);
    }

    public WorkProgrammeItem planItem(String title, String note, ItemPurpose purpose, Clock clock) {
        refuseIfClosed("changed");
        WorkProgrammeItem item =
                new WorkProgrammeItem(this, items.size() + 1, title, blankToNull(note), false, purpose);
        items.add(item);
        changed(clock);
        return item;
    }

    public void removeItem(long itemId, Clock clock) {
        refuseIfClosed("changed");
        if (!items.removeIf(item -> item.getId().equals(itemId))) {
            throw new BusinessRuleViolation("That item is not planned for this meeting");
        }
        renumber();
        changed(clock);
    }

    /** Moves an item one place earlier ({@code -1}) or later ({@code +1}) in the plan. */
    public void moveItem(long itemId, int direction, Clock clock) {
        refuseIfClosed("changed");
        int index = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getId().equals(itemId)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new BusinessRuleViolation("That item is not planned for this meeting");
        }
        int target = index + Integer.signum(direction);
        if (target >= 0 && target < items.size()) {
            items.add(target, items.remove(index));
            renumber();
            changed(clock);
        }
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).moveTo(i + 1);
        }
    }

    private boolean sameVenue(Venue other) {
        if (venue == null || other == null) {
            return venue == other;
        }
        return venue.getId().equals(other.getId());
    }

    private void refuseIfClosed(String action) {
        if (status == MeetingStatus.CANCELLED) {
            throw new BusinessRuleViolation("This meeting was cancelled and cannot be " + action);
        }
        if (status == MeetingStatus.HELD) {
            throw new BusinessRuleViolation("This meeting has been held and cannot be " + action);
        }
    }

    private void changed(Clock clock) {
        sequence++;
        lastChangedAt = clock.instant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** "Annual General Meeting", or the title given, e.g. "Police & Crime Annual Conference". */
    public String name() {
        if (title != null) {
            return title;
        }
        return kind.label();
    }

    public boolean isUpcoming(LocalDate today) {
        return !date.isBefore(today) && status != MeetingStatus.HELD;
    }

    public Long getId() {
        return id;
    }

    public UUID getUid() {
        return uid;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getDateNote() {
        return dateNote;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public Venue getVenue() {
        return venue;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getLastChangedAt() {
        return lastChangedAt;
    }

    public List<WorkProgrammeItem> getItems() {
        return List.copyOf(items);
    }

    public List<Reschedule> getReschedules() {
        return List.copyOf(reschedules);
    }

    public long getVersion() {
        return version;
    }
}
