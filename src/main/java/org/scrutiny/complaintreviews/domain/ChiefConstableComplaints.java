package org.scrutiny.complaintreviews.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChiefConstableComplaints extends JpaRepository<ChiefConstableComplaint, Long> {

    List<ChiefConstableComplaint> findByReceivedOnBetween(LocalDate from, LocalDate to);

    List<ChiefConstableComplaint> findAllByOrderByReceivedOnDescIdDesc();

    @Query(
            """
            select c from ChiefConstableComplaint c
            where c.personalDataErasedAt is null and c.outcomeOn is not null and c.outcomeOn < :endedBefore
            """)
    List<ChiefConstableComplaint> endedBefore(LocalDate endedBefore);
}
