package org.scrutiny.costs.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CostEntries extends JpaRepository<CostEntry, Long> {

    List<CostEntry> findByCostYearIdOrderBySpentOnAscIdAsc(long costYearId);

    List<CostEntry> findByCostYearIdAndPersonIdOrderBySpentOnAscIdAsc(long costYearId, long personId);

    List<CostEntry> findByPersonIdOrderBySpentOnDescIdDesc(long personId);
}
