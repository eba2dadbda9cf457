package org.scrutiny.plan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PolicePlans extends JpaRepository<PolicePlan, Long> {

    List<PolicePlan> findAllByOrderByStartsYearDesc();
}
