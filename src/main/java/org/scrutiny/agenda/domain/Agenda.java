package org.scrutiny.agenda.domain;

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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.scrutiny.agenda.ExemptionParagraph;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.meetings.PlannedItem;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.London;

/**
 * The agenda of one meeting: drafted from the work programme, then published. Items added after
 * publication form the supplementary agenda and need a reason for urgency.
 */
@Entity
@Audited
public class Agenda {

    public enum Status {
        DRAFT,
        PUBLISHED
    }

    /** An item with the number it carries on the agenda; withdrawn items have none. */
    public record NumberedItem(Integer number, AgendaItem item) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant publishedAt;
    private String lateReason;

    @OneToMany(mappedBy = "agenda", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgendaItem> items = new ArrayList<>();

    @Version
    private long version;

    protected Agenda() {}

    /**
     * Drafts an agenda from the meeting's work programme: the minutes item names and links the
     * previous meeting, and the public questions item carries the question deadline.
     */
    public static Agenda draft(
            long meetingId, List<PlannedItem> planned, MeetingSummary previous, String questionNotice) {
        Agenda agenda = new Agenda();
        agenda.meetingId = meetingId;
        agenda.status = Status.DRAFT;
        for (PlannedItem item : planned) {
            String title = item.title();
            String detail = item.note();
            Long linked = null;
            if (item.purpose() == ItemPurpose.PREVIOUS_MINUTES && previous != null) {
                title = "Minutes of the meeting held on " + DisplayFormats.dayOf(previous.date());
                linked = previous.id();
            }
            if (item.purpose() == ItemPurpose.PUBLIC_QUESTIONS) {
                detail = questionNotice;
            }
            agenda.items.add(new AgendaItem(agenda, agenda.items.size() + 1, title, item.purpose(), detail, linked));
        }
        return agenda;
    }

    public AgendaItem addItem(String title, ExemptionParagraph exemption, String urgencyReason) {
        AgendaItem item = new AgendaItem(this, items.size() + 1, title, ItemPurpose.OTHER, null, null);
        if (status == Status.PUBLISHED) {
            if (urgencyReason == null || urgencyReason.isBlank()) {
                throw new BusinessRuleViolation(
                        "urgencyReason",
                        "The agenda has been published: give the reason this item is urgent, for the supplementary agenda");
            }
            item.addedLate(urgencyReason.trim());
        }
        item.exempt(exemption);
        items.add(item);
        return item;
    }

    public void move(long itemId, int direction) {
        int index = items.indexOf(item(itemId));
        int target = index + Integer.signum(direction);
        if (target >= 0 && target < items.size()) {
            items.add(target, items.remove(index));
            for (int i = 0; i < items.size(); i++) {
                items.get(i).moveTo(i + 1);
            }
        }
    }

    public void withdraw(long itemId, String reason) {
        AgendaItem item = item(itemId);
        if (item.isWithdrawn()) {
            throw new BusinessRuleViolation("This item has already been withdrawn");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation("reason", "Enter the reason the item is withdrawn");
        }
        item.withdraw(reason.trim());
    }

    /** Marks an item as exempt under a paragraph of Schedule 12A, or public again with {@code null}. */
    public void exempt(long itemId, ExemptionParagraph paragraph) {
        item(itemId).exempt(paragraph);
    }

    /**
     * Publishes the agenda. After the latest lawful date the reason must be recorded, and the
     * agenda is flagged as late.
     */
    public void publish(
            LocalDate today, LocalDate latestLawful, String reasonIfLate, String questionNotice, Clock clock) {
        if (status == Status.PUBLISHED) {
            throw new BusinessRuleViolation("The agenda has already been published");
        }
        if (numbered().stream().noneMatch(n -> n.number() != null)) {
            throw new BusinessRuleViolation("An agenda needs at least one item before it can be published");
        }
        if (today.isAfter(latestLawful)) {
            if (reasonIfLate == null || reasonIfLate.isBlank()) {
                throw new BusinessRuleViolation(
                        "lateReason",
                        "The last day to publish with full notice was " + DisplayFormats.dayOf(latestLawful)
                                + ": record the reason for publishing late");
            }
            lateReason = reasonIfLate.trim();
        }
        for (AgendaItem item : items) {
            if (item.getPurpose() == ItemPurpose.PUBLIC_QUESTIONS) {
                item.setDetail(questionNotice);
            }
        }
        status = Status.PUBLISHED;
        publishedAt = clock.instant();
    }

    public List<NumberedItem> numbered() {
        List<NumberedItem> numbered = new ArrayList<>();
        int number = 0;
        for (AgendaItem item : items) {
            numbered.add(new NumberedItem(item.isWithdrawn() ? null : ++number, item));
        }
        return numbered;
    }

    /** The item with this id, if it is on this agenda. */
    public Optional<AgendaItem> find(long itemId) {
        return items.stream()
                .filter(i -> i.getId() != null && i.getId() == itemId)
                .findFirst();
    }

    private AgendaItem item(long itemId) {
        return find(itemId).orElseThrow(() -> new BusinessRuleViolation("That item is not on this agenda"));
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    public boolean isLate() {
        return lateReason != null;
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** When it was published, in the panel's time. */
    public ZonedDateTime publishedInLondon() {
        return publishedAt == null ? null : publishedAt.atZone(London.ZONE);
    }

    public String getLateReason() {
        return lateReason;
    }

    public List<AgendaItem> getItems() {
        return List.copyOf(items);
    }

    public long getVersion() {
        return version;
    }
}
