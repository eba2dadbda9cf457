package org.scrutiny.recommendations.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Recommendations extends JpaRepository<Recommendation, Long> {

    List<Recommendation> findAllByOrderBySentOnDescIdDesc();

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
