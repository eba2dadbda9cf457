package org.scrutiny.complaints.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Complaints extends JpaRepository<Complaint, Long> {

    @Query("select c from Complaint c where c.closedOn is null order by c.receivedOn, c.id")
    List<Complaint> open();

    List<Complaint> findTop100ByOrderByReceivedOnDescIdDesc();

    /** Every complaint that could count in a period ending on {@code to}: received by then, closed after {@code from} or open. */
    @Query("select c from Complaint c where c.receivedOn <= :to and (c.closedOn is null or c.closedOn >= :from)")
    List<Complaint> touching(LocalDate from, LocalDate to);

    @Query("select c from Complaint c where c.personalDataErasedAt is null and c.closedOn is not null")
    List<Complaint> closedWithPersonalData();

    long countByPersonalDataErasedAtIsNotNullAndPersonalDataErasedAtBefore(Instant before);
}
