package org.scrutiny.plan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanThemes extends JpaRepository<PlanTheme, Long> {

    List<PlanTheme> findByPlanIdOrderByPosition(long planId);
}
