package org.scrutiny.minutes.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Actions extends JpaRepository<MeetingAction, Long> {

    List<MeetingAction> findByMeetingIdOrderById(long meetingId);

    List<MeetingAction> findByStatusOrderById(MeetingAction.Status status);

    List<MeetingAction> findAllByOrderByIdDesc();
}
