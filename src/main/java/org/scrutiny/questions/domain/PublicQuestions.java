package org.scrutiny.questions.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublicQuestions extends JpaRepository<PublicQuestion, Long> {

    List<PublicQuestion> findByMeetingIdOrderBySubmittedAtAsc(long meetingId);

    List<PublicQuestion> findByMeetingIdAndStatusOrderBySubmittedAtAsc(long meetingId, PublicQuestion.Status status);

    List<PublicQuestion> findByStatusInOrderBySubmittedAtAsc(Collection<PublicQuestion.Status> statuses);

    List<PublicQuestion> findTop50ByOrderBySubmittedAtDesc();

    List<PublicQuestion> findByMeetingIdIn(Collection<Long> meetingIds);

    long countByMeetingIdAndStatus(long meetingId, PublicQuestion.Status status);

    long countByMeetingIdAndEmail(long meetingId, String email);

    @Query("select q from PublicQuestion q where q.personalDataErasedAt is null and q.submittedAt < :before")
    List<PublicQuestion> personalDataSubmittedBefore(Instant before);
}
