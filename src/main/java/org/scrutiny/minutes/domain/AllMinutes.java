package org.scrutiny.minutes.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AllMinutes extends JpaRepository<MeetingMinutes, Long> {

    Optional<MeetingMinutes> findByMeetingId(long meetingId);

    List<MeetingMinutes> findByMeetingIdIn(Collection<Long> meetingIds);

    List<MeetingMinutes> findByStatusNot(MeetingMinutes.Status status);
}
