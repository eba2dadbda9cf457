package org.scrutiny.meetings.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StandingItems extends JpaRepository<StandingItem, Long> {

    List<StandingItem> findAllByOrderByPositionAscIdAsc();
}
