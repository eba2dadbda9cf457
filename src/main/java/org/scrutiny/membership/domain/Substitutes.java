package org.scrutiny.membership.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Substitutes extends JpaRepository<Substitute, Long> {

    @Query(
            """
            select s from Substitute s join fetch s.person join fetch s.authority
              left join fetch s.membership m left join fetch m.person left join fetch m.authority
             where s.startDate <= :date and (s.endDate is null or s.endDate >= :date)
             order by s.authority.name, s.person.familyName
            """)
    List<Substitute> findActiveOn(LocalDate date);

    @Query(
            """
            select s from Substitute s join fetch s.person join fetch s.authority
              left join fetch s.membership m left join fetch m.person left join fetch m.authority
             where s.person.id = :personId order by s.startDate desc
            """)
    List<Substitute> findByPersonIdOrderByStartDateDesc(Long personId);

    @Query(
            """
            select s from Substitute s join fetch s.person join fetch s.authority
              left join fetch s.membership m left join fetch m.person left join fetch m.authority
             where s.id = :id
            """)
    Optional<Substitute> findWithDetails(long id);

    boolean existsByAuthorityId(Long authorityId);
}
