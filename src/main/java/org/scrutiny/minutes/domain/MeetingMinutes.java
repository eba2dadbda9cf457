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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.minutes.MinutesPublished;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.RecordNotFoundException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The minutes of one meeting: attendance, declarations of interest and one minute per item,
 * numbered on from the previous meeting's. Written as a draft, published as a draft, approved at
 * the next meeting (with any amendments recorded there) and from then on never changed.
 */
@Entity
@Audited
public class MeetingMinutes extends AbstractAggregateRoot<MeetingMinutes> {

    public enum Status {
        DRAFT("Draft, not published"),
        PUBLISHED("Published as a draft"),
        APPROVED("Approved");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An item the minutes start from: the agenda item's id and title. */
    /** An agenda item to minute, with what it is for (apologies, the previous minutes, or anything else). */
    public record Item(Long agendaItemId, String title, ItemPurpose purpose) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int firstNumber;
    private LocalTime startedAt;
    private LocalTime endedAt;
    private Instant publishedAt;
    private LocalDate approvedOn;
    private Long approvedAtMeetingId;
    private String amendments;

    @OneToMany(mappedBy = "minutes", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Attendee> attendees = new ArrayList<>();

    @OneToMany(mappedBy = "minutes", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Minute> minutes = new ArrayList<>();

    @OneToMany(mappedBy = "minutes", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Declaration> declarations = new ArrayList<>();

    @Version
    private long version;

    protected MeetingMinutes() {}

    /** Starts the minutes of a meeting with a minute for each item on its agenda. */
    public static MeetingMinutes start(long meetingId, int firstNumber, List<Item> items) {
        if (firstNumber < 1) {
            throw new BusinessRuleViolation("firstNumber", "The first minute number must be 1 or more");
        }
        MeetingMinutes record = new MeetingMinutes();
        record.meetingId = meetingId;
        record.firstNumber = firstNumber;
        record.status = Status.DRAFT;
        for (Item item : items) {
            record.minutes.add(
                    new Minute(record, record.minutes.size(), item.agendaItemId(), item.title(), item.purpose()));
        }
        return record;
    }

    // --- attendance ---------------------------------------------------------------------------

    /**
     * Records who attended. A substitute must stand in for a member of the same authority who is
     * not present, and cannot also be present as a member; one person chairs, and must be present.
     */
    public void recordAttendance(List<Attendee.Line> lines) {
        checkOpen();
        Map<Long, Attendee.Line> members = lines.stream()
                .filter(l -> l.category() == Attendee.Category.MEMBER && l.membershipId() != null)
                .collect(Collectors.toMap(Attendee.Line::membershipId, Function.identity(), (a, b) -> a));
        Set<Long> presentPeople = lines.stream()
                .filter(l -> l.category() == Attendee.Category.MEMBER && l.presence() == Attendee.Presence.PRESENT)
                .map(Attendee.Line::personId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> stoodInFor = new HashSet<>();
        for (Attendee.Line line : lines) {
            if (line.category() != Attendee.Category.SUBSTITUTE) {
                continue;
            }
            Attendee.Line absent = line.substituteFor() == null ? null : members.get(line.substituteFor());
            if (absent == null) {
                throw new BusinessRuleViolation(
                        "substitutes", "Choose the member " + line.name() + " is substituting for");
            }
            if (absent.presence() == Attendee.Presence.PRESENT) {
                throw new BusinessRuleViolation(
                        "substitutes",
                        line.name() + " cannot substitute for " + absent.name() + ", who is recorded as present");
            }
            if (!Objects.equals(absent.authorityId(), line.authorityId())) {
                throw new BusinessRuleViolation(
                        "substitutes",
                        line.name() + " is a substitute for " + line.description() + " and cannot stand in for "
                                + absent.name() + " of " + absent.description());
            }
            if (line.personId() != null && presentPeople.contains(line.personId())) {
                throw new BusinessRuleViolation(
                        "substitutes", line.name() + " is present as a member and cannot also be a substitute");
            }
            if (!stoodInFor.add(line.substituteFor())) {
                throw new BusinessRuleViolation("substitutes", "Only one substitute can stand in for " + absent.name());
            }
        }
        List<Attendee.Line> chairs = lines.stream().filter(Attendee.Line::chair).toList();
        if (chairs.size() > 1) {
            throw new BusinessRuleViolation("chair", "Choose one person who chaired the meeting");
        }
        if (chairs.size() == 1 && chairs.get(0).presence() != Attendee.Presence.PRESENT) {
            throw new BusinessRuleViolation("chair", chairs.get(0).name() + " chaired the meeting, so was present");
        }
        attendees.clear();
        for (Attendee.Line line : lines) {
            attendees.add(new Attendee(this, attendees.size(), line));
        }
    }

    /** Members and substitutes present, who count towards the quorum. */
    public int votingMembersPresent() {
        return (int) attendees.stream().filter(Attendee::isVoting).count();
    }

    public List<Attendee> attendees(Attendee.Category category) {
        return attendees.stream().filter(a -> a.getCategory() == category).toList();
    }

    public Optional<Attendee> chair() {
        return attendees.stream().filter(Attendee::isChair).findFirst();
    }

    /** The member a substitute stood in for. */
    public Optional<Attendee> member(Long membershipId) {
        return attendees.stream()
                .filter(a -> a.getCategory() == Attendee.Category.MEMBER
                        && Objects.equals(a.getMembershipId(), membershipId))
                .findFirst();
    }

    public List<Attendee> membersPresent() {
        return attendees.stream()
                .filter(a -> a.getCategory() == Attendee.Category.MEMBER && a.isPresent())
                .toList();
    }

    public List<Attendee> substitutesPresent() {
        return attendees(Attendee.Category.SUBSTITUTE);
    }

    public List<Attendee> officersPresent() {
        return attendees(Attendee.Category.OFFICER);
    }

    public List<Attendee> othersPresent() {
        return attendees(Attendee.Category.OTHER);
    }

    public List<Attendee> apologies() {
        return attendees.stream()
                .filter(a ->
                        a.getCategory() == Attendee.Category.MEMBER && a.getPresence() == Attendee.Presence.APOLOGIES)
                .toList();
    }

    /** "Councillor G Wilson attended as substitute for Councillor A Bradnam." */
    public String substituteNote(Attendee substitute) {
        return substitute.getName() + " attended as substitute for "
                + member(substitute.getSubstituteFor()).map(Attendee::getName).orElse("a member") + ".";
    }

    /** The minute of the apologies item, where substitutes are recorded. */
    public boolean isApologiesMinute(Minute minute) {
        return minute.getPurpose() == ItemPurpose.APOLOGIES;
    }

    /** Minutes with a decision, for the summary table, leaving out the approval of earlier minutes. */
    public List<Minute> decided() {
        return minutes.stream()
                .filter(m -> m.decisionSentence() != null)
                .filter(m -> m.getPurpose() != ItemPurpose.PREVIOUS_MINUTES)
                .toList();
    }

    // --- minutes ------------------------------------------------------------------------------

    public void recordTimes(LocalTime started, LocalTime ended) {
        checkOpen();
        if (started != null && ended != null && !ended.isAfter(started)) {
            throw new BusinessRuleViolation("endedAt", "The meeting must end after it began");
        }
        this.startedAt = started;
        this.endedAt = ended;
    }

    public Minute minute(long minuteId) {
        return minutes.stream()
                .filter(m -> m.getId() != null && m.getId() == minuteId)
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Minute", minuteId));
    }

    public void write(long minuteId, Minute.Writing writing) {
        checkOpen();
        minute(minuteId).write(writing);
    }

    public Minute addMinute(String title) {
        checkOpen();
        if (title == null || title.isBlank()) {
            throw new BusinessRuleViolation("title", "Enter the title of the minute");
        }
        Minute minute = new Minute(this, minutes.size(), null, title.strip(), ItemPurpose.OTHER);
        minutes.add(minute);
        return minute;
    }

    /** Points are numbered on through the whole meeting, as the panel's minutes number them. */
    public int firstPointNumber(Minute minute) {
        int number = 1;
        for (Minute m : minutes) {
            if (m == minute) {
                return number;
            }
            number += m.pointList().size();
        }
        return number;
    }

    public void declare(long minuteId, String memberName, DeclarationKind kind, String details) {
        checkOpen();
        minute(minuteId);
        if (memberName == null || memberName.isBlank()) {
            throw new BusinessRuleViolation("memberName", "Choose the member who declared the interest");
        }
        if (kind == null) {
            throw new BusinessRuleViolation("kind", "Choose the kind of interest");
        }
        if (details == null || details.isBlank()) {
            throw new BusinessRuleViolation("details", "Describe the interest declared");
        }
        declarations.add(new Declaration(this, minuteId, memberName.strip(), kind, details.strip()));
    }

    public void withdrawDeclaration(long declarationId) {
        checkOpen();
        declarations.removeIf(d -> d.getId() != null && d.getId() == declarationId);
    }

    public List<Declaration> declarationsOn(Minute minute) {
        return declarations.stream()
                .filter(d -> d.getMinuteId() == minute.getId())
                .toList();
    }

    // --- publication and approval -------------------------------------------------------------

    /**
     * Publishes the minutes as a draft, for the public to read before the next meeting approves
     * them; announced once, when they are first published.
     */
    public void publish(Instant now) {
        checkOpen();
        if (attendees.stream().noneMatch(Attendee::isVoting)) {
            throw new BusinessRuleViolation("Record who attended before publishing the minutes");
        }
        if (status == Status.DRAFT) {
            status = Status.PUBLISHED;
            publishedAt = now;
            registerEvent(new MinutesPublished(meetingId));
        }
    }

    /**
     * Approved at a later meeting, with any amendments that meeting agreed. From now on nothing in
     * these minutes can change.
     */
    public void approve(long atMeetingId, LocalDate on, String amendments) {
        if (status == Status.APPROVED) {
            throw new BusinessRuleViolation(
                    "These minutes were approved on " + approvedOn + " and cannot be approved again");
        }
        if (status == Status.DRAFT) {
            throw new BusinessRuleViolation("Publish the draft minutes before they are approved");
        }
        if (atMeetingId == meetingId) {
            throw new BusinessRuleViolation("Minutes are approved at a later meeting, not at their own");
        }
        status = Status.APPROVED;
        approvedAtMeetingId = atMeetingId;
        approvedOn = on;
        this.amendments = amendments == null || amendments.isBlank() ? null : amendments.strip();
    }

    /** Minutes taken from the panel's papers are history, not news: nothing is announced when they are stored. */
    public void importedFromRecords() {
        clearDomainEvents();
    }

    public int lastNumber() {
        return firstNumber + minutes.size() - 1;
    }

    public boolean isApproved() {
        return status == Status.APPROVED;
    }

    public boolean isPublished() {
        return status != Status.DRAFT;
    }

    private void checkOpen() {
        if (status == Status.APPROVED) {
            throw new BusinessRuleViolation(
                    "These minutes were approved on " + approvedOn + " and can no longer be changed; "
                            + "a correction is recorded as an amendment when minutes are approved");
        }
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

    public int getFirstNumber() {
        return firstNumber;
    }

    public LocalTime getStartedAt() {
        return startedAt;
    }

    public LocalTime getEndedAt() {
        return endedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public Long getApprovedAtMeetingId() {
        return approvedAtMeetingId;
    }

    public String getAmendments() {
        return amendments;
    }

    public List<Attendee> getAttendees() {
        return Collections.unmodifiableList(attendees);
    }

    public List<Minute> getMinutes() {
        return Collections.unmodifiableList(minutes);
    }

    public List<Declaration> getDeclarations() {
        return Collections.unmodifiableList(declarations);
    }

    public long getVersion() {
        return version;
    }
}
