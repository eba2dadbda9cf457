package org.scrutiny.agenda.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Agendas extends JpaRepository<Agenda, Long> {

    @Query("select a from Agenda a left join fetch a.items where a.meetingId = :meetingId")
    Optional<Agenda> findByMeetingId(long meetingId);

    @Query(
            "select distinct a from Agenda a left join fetch a.items where a.meetingId in :meetingIds and a.status = :status")
    List<Agenda> findWithItemsByMeetingIdInAndStatus(Collection<Long> meetingIds, Agenda.Status status);

    @Query("select distinct a from Agenda a left join fetch a.items where a.status = :status")
    List<Agenda> findWithItemsByStatus(Agenda.Status status);

    List<Agenda> findByMeetingIdInAndStatus(Collection<Long> meetingIds, Agenda.Status status);
}
