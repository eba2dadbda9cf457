package org.scrutiny.precept.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PreceptYears extends JpaRepository<PreceptYear, Long> {

    Optional<PreceptYear> findByFinancialYear(int financialYear);

    List<PreceptYear> findAllByOrderByFinancialYearDesc();
}
