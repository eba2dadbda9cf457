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

    /** The memberships that held a Chair or Vice-Chair role in the latest year up to {@code year} that has any. */
    @Query(
            """
            select distinct m from Membership m
              join fetch m.person left join fetch m.authority join fetch m.roles r
             where r.municipalYear = (select max(r2.municipalYear) from MembershipRole r2 where r2.municipalYear <= :year)
            """)
    List<Membership> findWithLatestRolesUpTo(int year);

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
