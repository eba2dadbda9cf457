package org.scrutiny.minutes.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/**
 * One line of a meeting's attendance: a member (present, with apologies or absent), a substitute
 * standing in for a named member, an officer, or someone else present.
 */
@Entity
@Audited
public class Attendee {

    public enum Category {
        MEMBER,
        SUBSTITUTE,
        OFFICER,
        OTHER
    }

    public enum Presence {
        PRESENT("Present"),
        APOLOGIES("Apologies"),
        ABSENT("Absent");

        private final String label;

        Presence(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What an attendance form says of one person; the aggregate checks the whole. */
    public record Line(
            Category category,
            Presence presence,
            Long personId,
            Long membershipId,
            String name,
            String description,
            Long substituteFor,
            boolean chair) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "minutes_id")
    private MeetingMinutes minutes;

    private int position;

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    private Presence presence;

    private Long personId;
    private Long membershipId;
    private String name;

    /** The member's or substitute's authority; an officer's or guest's title. */
    private String description;

    /** For a substitute: the membership of the member they stand in for. */
    private Long substituteFor;

    private boolean chair;

    protected Attendee() {}

    Attendee(MeetingMinutes minutes, int position, Line line) {
        this.minutes = minutes;
        this.position = position;
        this.category = line.category();
        this.presence = line.presence();
        this.personId = line.personId();
        this.membershipId = line.membershipId();
        this.name = line.name();
        this.description = line.description();
        this.substituteFor = line.substituteFor();
        this.chair = line.chair();
    }

    public boolean isPresent() {
        return presence == Presence.PRESENT;
    }

    /** Counts towards the quorum: a member or substitute present. */
    public boolean isVoting() {
        return isPresent() && (category == Category.MEMBER || category == Category.SUBSTITUTE);
    }

    /** As the minutes list them: "Edward Leigh (Chair)", "Councillor G Wilson (Sub)", "Jane Webb, Senior Democratic Services Officer". */
    public String listed() {
        return switch (category) {
            case MEMBER -> name + (chair ? " (Chair)" : "");
            case SUBSTITUTE -> name + " (Sub)";
            default -> name + (description == null ? "" : ", " + description);
        };
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public Category getCategory() {
        return category;
    }

    public Presence getPresence() {
        return presence;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getMembershipId() {
        return membershipId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Long getSubstituteFor() {
        return substituteFor;
    }

    public boolean isChair() {
        return chair;
    }
}
