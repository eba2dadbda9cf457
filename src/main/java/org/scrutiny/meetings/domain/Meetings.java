package org.scrutiny.meetings.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Meetings extends JpaRepository<Meeting, Long> {

    @Query(
            "select m from Meeting m left join fetch m.venue where m.date between :from and :to order by m.date, m.startTime")
    List<Meeting> findBetween(LocalDate from, LocalDate to);

    @Query("select m from Meeting m left join fetch m.venue order by m.date, m.startTime")
    List<Meeting> findAllInOrder();

    @Query(
            "select distinct m from Meeting m left join fetch m.venue left join fetch m.items order by m.date, m.startTime")
    List<Meeting> findAllWithItems();

    @Query(
            """
            select distinct m from Meeting m left join fetch m.venue left join fetch m.items
             where m.date between :from and :to order by m.date, m.startTime
            """)
    List<Meeting> findBetweenWithItems(LocalDate from, LocalDate to);

    @Query(
            """
            select distinct m from Meeting m left join fetch m.venue left join fetch m.items
             where m.date >= :from order by m.date, m.startTime
            """)
    List<Meeting> findFromWithItems(LocalDate from);

    /** The day of the {@code n}-th latest meeting before {@code day} (1 is the latest). */
    @Query("select m.date from Meeting m where m.date < :day order by m.date desc limit 1 offset :skip")
    Optional<LocalDate> findDateOfLatestBefore(LocalDate day, int skip);

    @Query("select m from Meeting m left join fetch m.venue where m.id = :id")
    Optional<Meeting> findWithVenue(long id);

    @Query("select m from Meeting m left join fetch m.venue where m.id in :ids")
    List<Meeting> findWithVenueByIdIn(Collection<Long> ids);

    @Query(
            """
            select m from Meeting m left join fetch m.venue
             where m.date >= :from and m.status <> org.scrutiny.meetings.MeetingStatus.CANCELLED
             order by m.date, m.startTime limit 1
            """)
    Optional<Meeting> findNextFrom(LocalDate from);

    @Query("select min(m.date) from Meeting m")
    Optional<LocalDate> findEarliestDate();

    @Query("select max(m.date) from Meeting m")
    Optional<LocalDate> findLatestDate();

    long countByVenueId(Long venueId);

    @Query(
            """
            select m from Meeting m left join fetch m.venue
             where m.date < :before and m.status <> org.scrutiny.meetings.MeetingStatus.CANCELLED
               and m.kind in (org.scrutiny.meetings.MeetingKind.ORDINARY,
                              org.scrutiny.meetings.MeetingKind.ANNUAL_GENERAL_MEETING,
                              org.scrutiny.meetings.MeetingKind.RESERVE_IF_NEEDED_VETO,
                              org.scrutiny.meetings.MeetingKind.CONFIRMATION_HEARING)
             order by m.date desc limit 1
            """)
    Optional<Meeting> findLastMeetingBefore(LocalDate before);
}
