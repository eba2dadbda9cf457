package org.scrutiny.plan.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionNotices extends JpaRepository<DecisionNotice, Long> {}
