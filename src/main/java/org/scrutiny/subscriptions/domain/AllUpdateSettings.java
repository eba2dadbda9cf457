package org.scrutiny.subscriptions.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AllUpdateSettings extends JpaRepository<UpdateSettings, Long> {

    Optional<UpdateSettings> findFirstByOrderByIdAsc();
}
