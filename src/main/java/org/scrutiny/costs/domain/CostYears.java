package org.scrutiny.costs.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CostYears extends JpaRepository<CostYear, Long> {

    Optional<CostYear> findByStartYear(int startYear);

    List<CostYear> findAllByOrderByStartYearDesc();
}
