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
import org.scrutiny.membership.MemberRole;
import org.scrutiny.membership.Office;
import org.scrutiny.membership.PanelMember;
import org.scrutiny.membership.PanelOfficial;
import org.scrutiny.membership.PanelSubstitute;

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

    /**
     * What an attendance form says of one person; the aggregate checks the whole. The authority is
     * the one a member sits for or a substitute was named by, compared by id.
     */
    public record Line(
            Category category,
            Presence presence,
            Long personId,
            Long membershipId,
            String name,
            String description,
            Long authorityId,
            Long substituteFor,
            boolean chair,
            boolean viceChair) {

        public static Line member(PanelMember member, Presence presence, boolean chair) {
            return new Line(
                    Category.MEMBER,
                    presence,
                    member.personId(),
                    member.membershipId(),
                    member.formalName(),
                    member.authority(),
                    member.authorityId(),
                    null,
                    chair,
                    member.role() == MemberRole.VICE_CHAIR);
        }

        public static Line substitute(PanelSubstitute substitute, Long forMembershipId) {
            return new Line(
                    Category.SUBSTITUTE,
                    Presence.PRESENT,
                    substitute.personId(),
                    null,
                    substitute.formalName(),
                    substitute.authority(),
                    substitute.authorityId(),
                    forMembershipId,
                    false,
                    false);
        }

        /** An official present: an officer of the panel, or someone from the Commissioner's side or the police. */
        public static Line official(PanelOfficial official) {
            return official(
                    official.office().side() == Office.Side.PANEL ? Category.OFFICER : Category.OTHER, official);
        }

        public static Line official(Category category, PanelOfficial official) {
            return new Line(
                    category,
                    Presence.PRESENT,
                    official.personId(),
                    null,
                    official.name(),
                    official.title(),
                    null,
                    null,
                    false,
                    false);
        }

        /** Someone present who holds no post the panel records: "Name" or "Name, what they are". */
        public static Line other(String nameAndDescription) {
            int comma = nameAndDescription.indexOf(',');
            return new Line(
                    Category.OTHER,
                    Presence.PRESENT,
                    null,
                    null,
                    comma < 0
                            ? nameAndDescription
                            : nameAndDescription.substring(0, comma).strip(),
                    comma < 0 ? null : nameAndDescription.substring(comma + 1).strip(),
                    null,
                    null,
                    false,
                    false);
        }
    }

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

    /** A member who was the panel's Vice-Chair on the day, whether or not in the chair. */
    private boolean viceChair;

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
        this.viceChair = line.viceChair();
    }

    public boolean isPresent() {
        return presence == Presence.PRESENT;
    }

    /** Counts towards the quorum: a member or substitute present. */
    public boolean isVoting() {
        return isPresent() && (category == Category.MEMBER || category == Category.SUBSTITUTE);
    }

    /**
     * As the minutes list them: "Edward Leigh (Chair)", "Claire George (Vice-Chair)", "Councillor G
     * Wilson (Sub)", "Jane Webb, Senior Democratic Services Officer"; a Vice-Chair who chaired the
     * meeting is "(Vice-Chair, in the Chair)".
     */
    public String listed() {
        return switch (category) {
            case MEMBER -> name + memberRole();
            case SUBSTITUTE -> name + " (Sub)";
            default -> name + (description == null ? "" : ", " + description);
        };
    }

    private String memberRole() {
        if (chair) {
            return viceChair ? " (Vice-Chair, in the Chair)" : " (Chair)";
        }
        return viceChair ? " (Vice-Chair)" : "";
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

    public boolean isViceChair() {
        return viceChair;
    }
}
