package org.scrutiny.plan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanDecisions extends JpaRepository<PlanDecision, Long> {

    List<PlanDecision> findByDecidedOnIsNotNullOrderByDecidedOnDescIdDesc();

    List<PlanDecision> findByDecidedOnIsNullAndExpectedOnGreaterThanEqualOrderByExpectedOnAscIdAsc(LocalDate from);

    List<PlanDecision> findAllByOrderByIdDesc();

    Optional<PlanDecision> findByReferenceIgnoreCase(String reference);

    List<PlanDecision> findByDeliverableIdOrderByIdAsc(long deliverableId);
}
