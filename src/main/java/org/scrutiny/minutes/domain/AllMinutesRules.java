package org.scrutiny.minutes.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface AllMinutesRules extends JpaRepository<MinutesRules, Long> {}
