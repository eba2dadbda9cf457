package org.scrutiny.subscriptions.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Subscriptions extends JpaRepository<Subscription, Long> {

    Optional<Subscription> findByToken(String token);

    List<Subscription> findByStatusAndConfirmedAtLessThanEqual(Subscription.Status status, Instant at);

    List<Subscription> findByStatusAndCreatedAtBefore(Subscription.Status status, Instant before);

    long countByStatus(Subscription.Status status);
}
