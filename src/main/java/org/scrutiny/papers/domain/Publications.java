package org.scrutiny.papers.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Publications extends JpaRepository<Publication, Long> {

    List<Publication> findByMeetingIdOrderByNumberDesc(long meetingId);

    List<Publication> findTop200ByStatusOrderByIdDesc(Publication.Status status);

    List<Publication> findTop10ByStatusOrderByBuiltAtDesc(Publication.Status status);

    Optional<Publication> findByMeetingIdAndNumber(long meetingId, int number);

    /**
     * The id of the oldest publication waiting to be built, or one whose build was abandoned,
     * locked so that no other node takes it at the same time.
     */
    @Query(
            value =
                    """
                    select id from publication
                    where status = 'QUEUED' or (status = 'BUILDING' and claimed_at < :abandonedBefore)
                    order by id
                    limit 1
                    for update skip locked
                    """,
            nativeQuery = true)
    Optional<Long> lockNextToBuild(Instant abandonedBefore);
}
