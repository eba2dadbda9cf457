package org.scrutiny.hearings.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Hearings extends JpaRepository<ConfirmationHearing, Long> {

    List<ConfirmationHearing> findAllByOrderByReceivedOnDescIdDesc();
}
