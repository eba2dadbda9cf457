package org.scrutiny.papers.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Reports extends JpaRepository<Report, Long> {

    @EntityGraph(attributePaths = "files")
    Optional<Report> findWithFilesById(long id);

    @EntityGraph(attributePaths = "files")
    List<Report> findByMeetingId(long meetingId);

    Optional<Report> findByAgendaItemId(long agendaItemId);

    List<Report> findAllByOrderByDueDateAsc();

    List<Report> findByAuthorOrderByDueDateAsc(Report.Author author);

    List<Report> findByStatusIn(Collection<Report.Status> statuses);

    @EntityGraph(attributePaths = "files")
    @Query("select r from Report r where r.status in :statuses")
    List<Report> findWithFilesByStatusIn(Collection<Report.Status> statuses);

    List<Report> findByAuthorAndStatusIn(Report.Author author, Collection<Report.Status> statuses);
}
