package org.scrutiny.annualreport.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualReportTexts extends JpaRepository<AnnualReportText, Long> {

    Optional<AnnualReportText> findByStartYear(int startYear);
}
