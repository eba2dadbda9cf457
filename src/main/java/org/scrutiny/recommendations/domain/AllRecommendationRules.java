package org.scrutiny.recommendations.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface AllRecommendationRules extends JpaRepository<RecommendationRules, Long> {}
