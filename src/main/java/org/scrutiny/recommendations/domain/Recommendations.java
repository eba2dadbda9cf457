package org.scrutiny.recommendations.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Recommendations extends JpaRepository<Recommendation, Long> {

    List<Recommendation> findAllByOrderBySentOnDescIdDesc();

    List<Recommendation> findByResponseReceivedIsNullOrderByResponseDue();

    List<Recommendation> findByMeetingIdOrderById(long meetingId);
}
