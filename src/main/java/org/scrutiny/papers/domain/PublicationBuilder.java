package org.scrutiny.papers.domain;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Builds queued agenda documents in the background, on whichever node is free first. */
@Component
class PublicationBuilder {

    private final PublicationService publications;

    PublicationBuilder(PublicationService publications) {
        this.publications = publications;
    }

    @Scheduled(
            initialDelayString = "${scrutiny.publications.poll-interval:PT2S}",
            fixedDelayString = "${scrutiny.publications.poll-interval:PT2S}")
    void buildWaiting() {
        while (publications.buildNext()) {
            // Build every waiting version before sleeping again.
        }
    }
}
