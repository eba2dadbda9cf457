package org.scrutiny.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scrutiny.support.MeetingBuilder.aMeeting;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.papers.domain.Publication;
import org.scrutiny.papers.domain.PublicationService;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The agenda module does not know the papers: they hear that an agenda was published, in its transaction. */
@ScrutinyTest
class AgendaPublishedIntegrationTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendas;

    @Autowired
    PublicationService publications;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Test
    void publishing_an_agenda_queues_its_first_version_and_a_rolled_back_publication_queues_nothing() {
        long id = aMeeting()
                .on(LocalDate.now(clock).plusWeeks(9))
                .plannedWith(meetings)
                .getId();
        agendas.start(id);
        long version = agendas.agendaOf(id).orElseThrow().getVersion();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    agendas.publish(id, version, null);
                    throw new IllegalStateException("the transaction fails after publishing");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(agendas.agendaOf(id).orElseThrow().isPublished()).isFalse();
        assertThat(publications.versions(id)).isEmpty();

        agendas.publish(id, version, null);

        assertThat(publications.versions(id)).singleElement().satisfies(first -> {
            assertThat(first.getNumber()).isEqualTo(1);
            assertThat(first.getChangeNote()).isNull();
            assertThat(first.getStatus())
                    .isIn(Publication.Status.QUEUED, Publication.Status.BUILDING, Publication.Status.READY);
        });
    }
}
