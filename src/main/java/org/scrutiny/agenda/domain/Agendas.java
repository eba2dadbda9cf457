package org.scrutiny.agenda.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Agendas extends JpaRepository<Agenda, Long> {

    @Query("select a from Agenda a left join fetch a.items where a.meetingId = :meetingId")
    Optional<Agenda> findByMeetingId(long meetingId);
}
