package org.scrutiny.plan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanPanelReports extends JpaRepository<PlanPanelReport, Long> {

    List<PlanPanelReport> findByPlanIdOrderBySentOnAscIdAsc(long planId);
}
