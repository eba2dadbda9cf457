package org.scrutiny.membership.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Memberships extends JpaRepository<Membership, Long> {

    @Query(
            """
            select distinct m from Membership m
              join fetch m.person left join fetch m.authority left join fetch m.roles
             where m.startDate <= :date and (m.endDate is null or m.endDate >= :date)
            """)
    List<Membership> findActiveOn(LocalDate date);

    @Query(
            """
            select distinct m from Membership m
              join fetch m.person left join fetch m.authority left join fetch m.roles
             order by m.startDate desc
            """)
    List<Membership> findAllWithPeople();

    @Query(
            """
            select distinct m from Membership m
              join fetch m.person left join fetch m.authority left join fetch m.roles
             where m.person.id = :personId order by m.startDate desc
            """)
    List<Membership> findByPersonIdOrderByStartDateDesc(Long personId);

    @Query(
            """
            select m from Membership m
              join fetch m.person left join fetch m.authority left join fetch m.roles
             where m.id = :id
            """)
    Optional<Membership> findWithDetails(long id);

    boolean existsByAuthorityId(Long authorityId);
}
