package org.scrutiny.agenda.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeRulesRepository extends JpaRepository<NoticeRules, Long> {

    Optional<NoticeRules> findFirstByOrderByIdAsc();
}
