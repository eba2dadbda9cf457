package org.scrutiny.plan.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.scrutiny.shared.BusinessRuleViolation;

/**
 * Something a theme of the plan commits the office or its partners to deliver, by a date, with
 * its lead. Its status changes only with a note saying why, and every change is kept.
 */
@Entity
@Audited
public class Deliverable {

    public enum Status {
        PLANNED("Planned", "govuk-tag--grey", true),
        IN_PROGRESS("In progress", "govuk-tag--blue", true),
        AT_RISK("At risk", "govuk-tag--orange", true),
        DELIVERED("Delivered", "govuk-tag--green", false),
        DEFERRED("Deferred", "govuk-tag--yellow", true),
        DROPPED("Dropped", "govuk-tag--red", false);

        private final String label;
        private final String tag;
        private final boolean open;

        Status(String label, String tag, boolean open) {
            this.label = label;
            this.tag = tag;
            this.open = open;
        }

        public String label() {
            return label;
        }

        /** The GOV.UK tag colour the pages show it in. */
        public String tag() {
            return tag;
        }

        /** Still to be delivered: it belongs on a forward plan. */
        public boolean isOpen() {
            return open;
        }
    }

    /** What the office writes about a deliverable. */
    public record Details(String title, String description, String lead, LocalDate startOn, LocalDate dueOn) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long themeId;
    private String title;
    private String description;
    private String lead;
    private LocalDate startOn;
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private Status status;

    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "deliverable_update", joinColumns = @JoinColumn(name = "deliverable_id"))
    @OrderColumn(name = "position")
    private List<DeliverableUpdate> updates = new ArrayList<>();

    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "deliverable_link", joinColumns = @JoinColumn(name = "deliverable_id"))
    @OrderColumn(name = "position")
    private List<DeliverableLink> links = new ArrayList<>();

    @Version
    private long version;

    protected Deliverable() {}

    Deliverable(long themeId, Details details, Instant at, String by) {
        this.themeId = themeId;
        this.status = Status.PLANNED;
        describe(details);
        updates.add(new DeliverableUpdate(at, by, Status.PLANNED, "Added to the plan's deliverables"));
    }

    void describe(Details details) {
        if (details.startOn() != null
                && details.dueOn() != null
                && details.dueOn().isBefore(details.startOn())) {
            throw new BusinessRuleViolation("dueOn", "The due date must be on or after the start");
        }
        this.title = details.title();
        this.description = details.description();
        this.lead = details.lead();
        this.startOn = details.startOn();
        this.dueOn = details.dueOn();
    }

    /** Moves it to {@code to}, for the reason the note gives. */
    void changeStatus(Status to, String note, Instant at, String by) {
        if (to == status) {
            throw new BusinessRuleViolation(
                    "status", "It is already " + status.label().toLowerCase() + ": choose another status");
        }
        if (note == null || note.isBlank()) {
            throw new BusinessRuleViolation("note", "Say what has changed, for the deliverable's history");
        }
        this.status = to;
        updates.add(new DeliverableUpdate(at, by, to, note.strip()));
    }

    /** Links it to a recommendation or a published report; a second link to the same one is refused. */
    void link(DeliverableLink.Kind kind, long targetId, Long meetingId, String title) {
        if (links.stream().anyMatch(link -> link.isTo(kind, targetId))) {
            throw new BusinessRuleViolation("It is already linked to this one");
        }
        links.add(new DeliverableLink(kind, targetId, meetingId, title));
    }

    void unlink(int index) {
        if (index < 0 || index >= links.size()) {
            throw new BusinessRuleViolation("There is no such link");
        }
        links.remove(index);
    }

    public List<DeliverableLink> getLinks() {
        return List.copyOf(links);
    }

    public Long getId() {
        return id;
    }

    public long getThemeId() {
        return themeId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getLead() {
        return lead;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Status getStatus() {
        return status;
    }

    public List<DeliverableUpdate> getUpdates() {
        return List.copyOf(updates);
    }

    public long getVersion() {
        return version;
    }
}
