package org.scrutiny.meetings.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Venues extends JpaRepository<Venue, Long> {

    List<Venue> findAllByOrderByNameAsc();
}
