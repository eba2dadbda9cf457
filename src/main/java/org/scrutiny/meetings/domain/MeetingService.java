package org.scrutiny.meetings.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingChanged;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.MeetingPlanner;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.meetings.PlannedItem;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class MeetingService implements MeetingSchedule, MeetingPlanner {

    private final Meetings meetings;
    private final Venues venues;
    private final StandingItems standingItems;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MeetingService(
            Meetings meetings,
            Venues venues,
            StandingItems standingItems,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.meetings = meetings;
        this.venues = venues;
        this.standingItems = standingItems;
        this.clock = clock;
    }

    // --- queries -------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public Optional<MeetingSummary> meeting(long id) {
        return meetings.findWithVenue(id).map(MeetingService::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MeetingSummary> meetings(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : meetings.findWithVenueByIdIn(ids).stream()
                        .map(MeetingService::summary)
                        .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MeetingSummary> nextMeeting(LocalDate date) {
        return meetings.findNextFrom(date).map(MeetingService::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MeetingSummary> meetingsBetween(LocalDate from, LocalDate to) {
        return meetings.findBetween(from, to).stream()
                .map(MeetingService::summary)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlannedItem> plannedItems(long meetingId) {
        return get(meetingId).getItems().stream()
                .map(WorkProgrammeItem::planned)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlannedMeeting> plannedBetween(LocalDate from, LocalDate to) {
        return meetings.findBetweenWithItems(from, to).stream()
                .map(m -> new PlannedMeeting(
                        summary(m),
                        m.getItems().stream().map(WorkProgrammeItem::planned).toList()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MeetingSummary> previousMeeting(long meetingId) {
        return meetings.findLastMeetingBefore(get(meetingId).getDate()).map(MeetingService::summary);
    }

    private static MeetingSummary summary(Meeting m) {
        return new MeetingSummary(
                m.getId(),
                m.getKind(),
                m.name(),
                m.getDate(),
                m.getStartTime(),
                m.getVenue() == null ? null : m.getVenue().oneLine(),
                m.getStatus());
    }

    @Transactional(readOnly = true)
    public Meeting get(long id) {
        Meeting meeting = meetings.findWithVenue(id).orElseThrow(() -> new RecordNotFoundException("Meeting", id));
        meeting.getItems().size();
        meeting.getReschedules().size();
        return meeting;
    }

    /** Every meeting with its planned items, for the work programme and calendar feed. */
    @Transactional(readOnly = true)
    public List<Meeting> allWithItems() {
        return meetings.findAllWithItems();
    }

    /**
     * What a subscribed calendar carries: every meeting from {@code today} on and the {@code past}
     * latest before it, with their items, so that its cost does not grow with the panel's history.
     */
    @Transactional(readOnly = true)
    public List<Meeting> recentAndComingWithItems(LocalDate today, int past) {
        return meetings.findFromWithItems(
                meetings.findDateOfLatestBefore(today, past - 1).orElse(LocalDate.of(1, 1, 1)));
    }

    /** Every meeting with its venue but not its items, for lists. */
    @Transactional(readOnly = true)
    public List<Meeting> all() {
        return meetings.findAllInOrder();
    }

    @Transactional(readOnly = true)
    public List<Meeting> betweenWithItems(LocalDate from, LocalDate to) {
        return meetings.findBetweenWithItems(from, to);
    }

    @Transactional(readOnly = true)
    public Optional<Meeting> next(LocalDate from) {
        return meetings.findNextFrom(from);
    }

    @Transactional(readOnly = true)
    public Optional<LocalDate> earliestDate() {
        return meetings.findEarliestDate();
    }

    @Transactional(readOnly = true)
    public Optional<LocalDate> latestDate() {
        return meetings.findLatestDate();
    }

    // --- meetings --------------------------------------------------------------------------

    /** A venue typed in while planning a meeting: saved with the meeting, or not at all. */
    public record NewVenue(String name, String address, String town, String postcode) {}

    public Meeting plan(MeetingPlan plan, Long venueId) {
        return plan(plan, venueOrNull(venueId));
    }

    @Override
    public long planMeeting(MeetingKind kind, String title, LocalDate date, LocalTime startTime, boolean confirmed) {
        return plan(new MeetingPlan(kind, title, date, null, startTime, confirmed), (Venue) null)
                .getId();
    }

    @Override
    public void planMeetingItem(long meetingId, String title, String note) {
        planItem(meetingId, title, note);
    }

    public Meeting planAtNewVenue(MeetingPlan plan, NewVenue newVenue) {
        Venue venue = venues.save(new Venue(newVenue.name(), newVenue.address(), newVenue.town(), newVenue.postcode()));
        return plan(plan, venue);
    }

    private Meeting plan(MeetingPlan plan, Venue venue) {
        if (plan.confirmed() && (plan.startTime() == null || venue == null)) {
            throw new BusinessRuleViolation(
                    plan.startTime() == null ? "startTime" : "venue",
                    "A confirmed meeting needs a start time and a venue: add them, or plan it as provisional");
        }
        return meetings.save(Meeting.plan(plan, venue, standingItems.findAllByOrderByPositionAscIdAsc(), clock));
    }

    public Meeting describe(long id, long expectedVersion, MeetingKind kind, String title, String dateNote) {
        Meeting meeting = get(id);
        StaleRecordException.check(expectedVersion, meeting.getVersion());
        meeting.describe(kind, title, dateNote, clock);
        return meetings.saveAndFlush(meeting);
    }

    public Meeting confirm(long id, long expectedVersion) {
        Meeting meeting = get(id);
        StaleRecordException.check(expectedVersion, meeting.getVersion());
        meeting.confirm(clock);
        return meetings.saveAndFlush(meeting);
    }

    public Meeting reschedule(long id, long expectedVersion, Meeting.Move move) {
        Meeting meeting = get(id);
        StaleRecordException.check(expectedVersion, meeting.getVersion());
        meeting.reschedule(move.date(), move.startTime(), venueOrNull(move.venueId()), move.reason(), clock);
        Meeting saved = meetings.saveAndFlush(meeting);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");
        events.publishEvent(new MeetingChanged(
                id,
                "It has moved to " + day.format(saved.getDate())
                        + (saved.getStartTime() == null
                                ? ""
                                : " at "
                                        + DateTimeFormatter.ofPattern("h:mma", Locale.UK)
                                                .format(saved.getStartTime())
                                                .toLowerCase(Locale.UK))
                        + (saved.getVenue() == null
                                ? ""
                                : ", " + saved.getVenue().oneLine())
                        + (move.reason() == null || move.reason().isBlank()
                                ? "."
                                : ". The reason: " + move.reason().strip())));
        return saved;
    }

    public Meeting cancel(long id, long expectedVersion, String reason) {
        Meeting meeting = get(id);
        StaleRecordException.check(expectedVersion, meeting.getVersion());
        meeting.cancel(reason, clock);
        Meeting saved = meetings.saveAndFlush(meeting);
        events.publishEvent(new MeetingChanged(
                id,
                "It has been cancelled"
                        + (reason == null || reason.isBlank() ? "." : ". The reason: " + reason.strip())));
        return saved;
    }

    public Meeting recordHeld(long id, long expectedVersion, LocalTime endTime) {
        Meeting meeting = get(id);
        StaleRecordException.check(expectedVersion, meeting.getVersion());
        meeting.recordHeld(endTime, clock);
        return meetings.saveAndFlush(meeting);
    }

    public Meeting planItem(long meetingId, String title, String note) {
        return planItem(meetingId, title, note, ItemPurpose.OTHER);
    }

    /** Plans an item for what it is for, so that its agenda item carries the paper generated for it. */
    public Meeting planItem(long meetingId, String title, String note, ItemPurpose purpose) {
        Meeting meeting = get(meetingId);
        meeting.planItem(title, note, purpose, clock);
        return meetings.saveAndFlush(meeting);
    }

    public Meeting removeItem(long meetingId, long itemId) {
        Meeting meeting = get(meetingId);
        meeting.removeItem(itemId, clock);
        return meetings.saveAndFlush(meeting);
    }

    public Meeting moveItem(long meetingId, long itemId, int direction) {
        Meeting meeting = get(meetingId);
        meeting.moveItem(itemId, direction, clock);
        return meetings.saveAndFlush(meeting);
    }

    // --- venues ----------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Venue> venues() {
        return venues.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public Venue venue(long id) {
        return venues.findById(id).orElseThrow(() -> new RecordNotFoundException("Venue", id));
    }

    public Venue addVenue(Venue.Details details) {
        return venues.save(new Venue(details));
    }

    public Venue describeVenue(long id, long expectedVersion, Venue.Details details) {
        Venue venue = venue(id);
        StaleRecordException.check(expectedVersion, venue.getVersion());
        venue.describe(details.name(), details.address(), details.town(), details.postcode());
        return venues.saveAndFlush(venue);
    }

    public void deleteVenue(long id) {
        Venue venue = venue(id);
        long uses = meetings.countByVenueId(id);
        if (uses > 0) {
            throw new BusinessRuleViolation(venue.getName() + " cannot be deleted because " + uses
                    + (uses == 1 ? " meeting is" : " meetings are")
                    + " held there. Move those meetings to another venue first.");
        }
        venues.delete(venue);
    }

    private Venue venueOrNull(Long venueId) {
        return venueId == null ? null : venue(venueId);
    }

    // --- standing items --------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<StandingItem> standingItems() {
        return standingItems.findAllByOrderByPositionAscIdAsc();
    }

    @Transactional(readOnly = true)
    public StandingItem standingItem(long id) {
        return standingItems.findById(id).orElseThrow(() -> new RecordNotFoundException("Standing item", id));
    }

    public StandingItem addStandingItem(String title, int position, ItemPurpose purpose) {
        return standingItems.save(new StandingItem(title, position, purpose));
    }

    public StandingItem changeStandingItem(long id, long expectedVersion, StandingItem.Change change) {
        StandingItem item = standingItem(id);
        StaleRecordException.check(expectedVersion, item.getVersion());
        item.change(change);
        return standingItems.saveAndFlush(item);
    }
}
