package org.scrutiny.membership.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Panels extends JpaRepository<Panel, Long> {

    Optional<Panel> findFirstByOrderByIdAsc();
}
