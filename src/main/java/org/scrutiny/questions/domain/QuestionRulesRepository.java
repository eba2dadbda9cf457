package org.scrutiny.questions.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionRulesRepository extends JpaRepository<QuestionRules, Long> {

    Optional<QuestionRules> findFirstByOrderByIdAsc();
}
