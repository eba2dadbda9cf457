package org.scrutiny.membership.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Appointments extends JpaRepository<Appointment, Long> {

    @Query(
            """
            select a from Appointment a join fetch a.person
             where a.startDate <= :date and (a.endDate is null or a.endDate >= :date)
             order by a.office, a.person.familyName
            """)
    List<Appointment> findActiveOn(LocalDate date);

    @Query("select a from Appointment a join fetch a.person where a.person.id = :personId order by a.startDate desc")
    List<Appointment> findByPersonIdOrderByStartDateDesc(Long personId);

    @Query("select a from Appointment a join fetch a.person where a.id = :id")
    Optional<Appointment> findWithDetails(long id);
}
