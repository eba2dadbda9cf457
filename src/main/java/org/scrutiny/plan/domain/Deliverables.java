package org.scrutiny.plan.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Deliverables extends JpaRepository<Deliverable, Long> {

    List<Deliverable> findByThemeIdInOrderByDueOnAscIdAsc(Collection<Long> themeIds);
}
