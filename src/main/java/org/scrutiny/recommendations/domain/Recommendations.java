package org.scrutiny.recommendations.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Recommendations extends JpaRepository<Recommendation, Long> {

    /**
     * The tracker's rows: sent between two days, of one status on {@code today} (or any, when
     * {@code status} is empty), newest first, a page at a time.
     */
    @Query(
            value =
                    """
                    select r from Recommendation r
                    where r.sentOn between :from and :to
                      and (:status = ''
                           or (:status = 'RESPONDED' and r.responseReceived is not null)
                           or (:status = 'OVERDUE' and r.responseReceived is null and r.responseDue < :today)
                           or (:status = 'AWAITING' and r.responseReceived is null and r.responseDue >= :today))
                    order by r.sentOn desc, r.id desc
                    """)
    Page<Recommendation> tracker(LocalDate from, LocalDate to, String status, LocalDate today, Pageable page);

    /** The most recent news first: a response, or the sending where none has come. */
    @Query("select r from Recommendation r order by coalesce(r.responseReceived, r.sentOn) desc, r.id desc limit :most")
    List<Recommendation> latest(int most);

    List<Recommendation> findBySentOnBetween(LocalDate from, LocalDate to);

    @Query("select min(r.sentOn) from Recommendation r")
    Optional<LocalDate> firstSent();

    @Query("select max(r.sentOn) from Recommendation r")
    Optional<LocalDate> lastSent();

    List<Recommendation> findByResponseReceivedIsNullOrderByResponseDue();

    List<Recommendation> findByMeetingIdOrderById(long meetingId);

    /** Responses received after {@code since} up to and including {@code day}. */
    List<Recommendation> findByResponseReceivedGreaterThanAndResponseReceivedLessThanEqualOrderBySentOnAscIdAsc(
            LocalDate since, LocalDate day);

    /** Sent by {@code day} and still without a response at the end of it. */
    @Query(
            """
            select r from Recommendation r
            where r.sentOn <= :day and (r.responseReceived is null or r.responseReceived > :day)
            order by r.responseDue, r.id
            """)
    List<Recommendation> awaitingOn(LocalDate day);
}
