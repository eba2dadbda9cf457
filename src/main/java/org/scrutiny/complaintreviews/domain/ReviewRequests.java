package org.scrutiny.complaintreviews.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRequests extends JpaRepository<ReviewRequest, Long> {

    List<ReviewRequest> findByReceivedOnBetweenOrderByReceivedOnAscIdAsc(LocalDate from, LocalDate to);

    List<ReviewRequest> findAllByOrderByReceivedOnDescIdDesc();

    List<ReviewRequest> findByStatusIn(List<ReviewRequest.Status> statuses);

    @Query(
            """
            select r from ReviewRequest r
            where r.personalDataErasedAt is null
              and ((r.completedOn is not null and r.completedOn < :endedBefore)
                or (r.closedOn is not null and r.closedOn < :endedBefore))
            """)
    List<ReviewRequest> endedBefore(LocalDate endedBefore);
}
