package org.scrutiny.papers.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.scrutiny.agenda.AgendaPublished;
import org.scrutiny.agenda.domain.Agenda;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.papers.LatestPapers;
import org.scrutiny.papers.PapersPublished;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published versions of a meeting's agenda and their documents. Publishing or republishing
 * queues a version; any node builds it in the background ({@link #buildNext()}), claiming it with a
 * row lock so that it is built once, and records its progress so every node can show it.
 */
@Service
public class PublicationService implements LatestPapers {

    private static final Logger log = LoggerFactory.getLogger(PublicationService.class);

    private final Publications publications;
    private final PublishedDocuments documents;
    private final AgendaService agendas;
    private final AgendaPackService packs;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Duration abandonedAfter;

    PublicationService(
            Publications publications,
            PublishedDocuments documents,
            AgendaService agendas,
            AgendaPackService packs,
            TransactionTemplate transactions,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${scrutiny.publications.abandoned-after:PT10M}") Duration abandonedAfter) {
        this.events = events;
        this.abandonedAfter = abandonedAfter;
        this.publications = publications;
        this.documents = documents;
        this.agendas = agendas;
        this.packs = packs;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The first version of an agenda's documents is queued in the transaction that published the
     * agenda, so that an agenda is never published without a version to build.
     */
    @EventListener
    void on(AgendaPublished published) {
        queue(published.meetingId(), null);
    }

    /** Queues the next version of a published agenda's documents. */
    Publication queue(long meetingId, String changeNote) {
        int number = publications.findByMeetingIdOrderByNumberDesc(meetingId).stream()
                .mapToInt(Publication::getNumber)
                .max()
                .orElse(0);
        return publications.save(Publication.of(meetingId, number + 1, changeNote, clock.instant()));
    }

    /**
     * Tells subscribers about a version once its documents are built, never before: a version
     * that fails to build is not announced, and the last good one stays the one people are sent to.
     */
    private void announce(Publication built) {
        long meetingId = built.getMeetingId();
        List<Agenda.NumberedItem> open = agendas.agendaOf(meetingId).stream()
                .flatMap(agenda -> agenda.numbered().stream())
                .filter(n -> n.number() != null && !n.item().isExempt())
                .toList();
        events.publishEvent(new PapersPublished(
                meetingId,
                built.getNumber(),
                built.getChangeNote(),
                open.stream().map(n -> n.item().getTitle()).toList(),
                open.stream().map(n -> n.item().getPurpose()).distinct().toList()));
    }

    /**
     * Republishes a published agenda after a change: a new version, built in the background; the
     * earlier versions stay where they were.
     */
    @Transactional
    public Publication republish(long meetingId, long expectedVersion, String changeNote) {
        Agenda agenda = agendas.agendaOf(meetingId)
                .orElseThrow(() -> new RecordNotFoundException("Agenda of meeting", meetingId));
        StaleRecordException.check(expectedVersion, agenda.getVersion());
        if (!agenda.isPublished()) {
            throw new BusinessRuleViolation("The agenda has not been published yet: publish it first");
        }
        if (changeNote == null || changeNote.isBlank()) {
            throw new BusinessRuleViolation("changeNote", "Say what has changed since the last version");
        }
        if (changeNote.strip().length() > 2000) {
            throw new BusinessRuleViolation("changeNote", "What has changed must be 2,000 characters or fewer");
        }
        if (publications.findByMeetingIdOrderByNumberDesc(meetingId).stream().anyMatch(Publication::isPending)) {
            throw new BusinessRuleViolation(
                    "The last version is still being built: wait until it is ready before publishing again");
        }
        return queue(meetingId, changeNote.strip());
    }

    /** Every version of a meeting's documents, newest first. */
    @Transactional(readOnly = true)
    public List<Publication> versions(long meetingId) {
        return publications.findByMeetingIdOrderByNumberDesc(meetingId);
    }

    /** The most recent versions that are ready, across all meetings, newest first. */
    @Transactional(readOnly = true)
    public List<Publication> recentlyReady() {
        return publications.findTop200ByStatusOrderByIdDesc(Publication.Status.READY);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LatestPapers.Paper> latest(int most) {
        return publications.findTop10ByStatusOrderByBuiltAtDesc(Publication.Status.READY).stream()
                .limit(most)
                .map(p -> new LatestPapers.Paper(p.getMeetingId(), p.getNumber(), p.getBuiltAt(), p.getChangeNote()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LatestPapers.Paper> versionsOf(long meetingId) {
        return publications.findByMeetingIdOrderByNumberDesc(meetingId).stream()
                .sorted(Comparator.comparingInt(Publication::getNumber))
                .map(p ->
                        new LatestPapers.Paper(p.getMeetingId(), p.getNumber(), p.getPublishedAt(), p.getChangeNote()))
                .toList();
    }

    /** The newest version that is ready. */
    @Transactional(readOnly = true)
    public Optional<Publication> latestReady(long meetingId) {
        return versions(meetingId).stream().filter(Publication::isReady).findFirst();
    }

    /** The documents of the given versions, without their bytes, by version id. */
    @Transactional(readOnly = true)
    public Map<Long, Map<PublishedDocument.Kind, PublishedDocument.Info>> documents(List<Publication> versions) {
        if (versions.isEmpty()) {
            return Map.of();
        }
        return documents.describe(versions.stream().map(Publication::getId).toList()).stream()
                .collect(Collectors.groupingBy(
                        PublishedDocument.Info::publicationId,
                        Collectors.toMap(PublishedDocument.Info::kind, info -> info)));
    }

    /** A document of a version, or of the newest ready version when {@code number} is null. */
    @Transactional(readOnly = true)
    public byte[] document(long meetingId, Integer number, PublishedDocument.Kind kind) {
        Publication publication = (number == null
                        ? latestReady(meetingId)
                        : publications
                                .findByMeetingIdAndNumber(meetingId, number)
                                .filter(Publication::isReady))
                .orElseThrow(() -> new RecordNotFoundException("Published documents of meeting", meetingId));
        return documents
                .findByPublicationIdAndKind(publication.getId(), kind)
                .map(PublishedDocument::getContent)
                .orElseThrow(() -> new RecordNotFoundException("Published document", publication.getId()));
    }

    /**
     * Builds the oldest version waiting, if there is one, and says whether there was. A version
     * whose build stopped reporting progress (its node died) is taken up again.
     */
    public boolean buildNext() {
        Publication claimed = transactions.execute(status -> publications
                .lockNextToBuild(clock.instant().minus(abandonedAfter))
                .flatMap(publications::findById)
                .map(publication -> {
                    long meetingId = publication.getMeetingId();
                    int steps = 1
                            + packs.paperCount(meetingId, false, publication.getPublishedAt())
                            + (hasExemptItems(meetingId)
                                    ? packs.paperCount(meetingId, true, publication.getPublishedAt())
                                    : 0);
                    publication.startBuilding(steps, clock.instant());
                    return publications.saveAndFlush(publication);
                })
                .orElse(null));
        if (claimed == null) {
            return false;
        }
        long id = claimed.getId();
        long meetingId = claimed.getMeetingId();
        try {
            // The agenda is rendered beside the pack, which it does not depend on.
            CompletableFuture<byte[]> agendaAside = packs.agendaAside(meetingId);
            Instant publishedAt = claimed.getPublishedAt();
            AgendaPackService.Built pack = packs.pack(meetingId, false, publishedAt, () -> step(id));
            boolean exempt = transactions.execute(status -> hasExemptItems(meetingId));
            AgendaPackService.Built confidential =
                    exempt ? packs.pack(meetingId, true, publishedAt, () -> step(id)) : null;
            byte[] agenda = AgendaPackService.joined(agendaAside);
            step(id);
            transactions.executeWithoutResult(status -> {
                documents.deleteByPublicationId(id);
                documents.save(new PublishedDocument(
                        id, PublishedDocument.Kind.AGENDA, AgendaPackService.pages(agenda), true, agenda));
                documents.save(new PublishedDocument(
                        id, PublishedDocument.Kind.PACK, pack.pages(), pack.accessible(), pack.pdf()));
                if (confidential != null) {
                    documents.save(new PublishedDocument(
                            id,
                            PublishedDocument.Kind.CONFIDENTIAL_PACK,
                            confidential.pages(),
                            confidential.accessible(),
                            confidential.pdf()));
                }
                Publication publication = publications.findById(id).orElseThrow();
                publication.built(clock.instant());
                publications.save(publication);
                announce(publication);
            });
            log.info("Built version {} of the agenda documents of meeting {}", claimed.getNumber(), meetingId);
        } catch (RuntimeException e) {
            log.error(
                    "Could not build version {} of the agenda documents of meeting {}",
                    claimed.getNumber(),
                    meetingId,
                    e);
            transactions.executeWithoutResult(
                    status -> publications.findById(id).ifPresent(publication -> {
                        publication.failed("The documents could not be built: " + e.getMessage());
                        publications.save(publication);
                    }));
        }
        return true;
    }

    /** Queues a failed version to be built again. */
    @Transactional
    public void retry(long meetingId, int number) {
        Publication publication = publications
                .findByMeetingIdAndNumber(meetingId, number)
                .orElseThrow(() -> new RecordNotFoundException("Version of the agenda documents", number));
        publication.retry();
        publications.save(publication);
    }

    private boolean hasExemptItems(long meetingId) {
        return agendas.agendaOf(meetingId).stream()
                .flatMap(a -> a.getItems().stream())
                .anyMatch(item -> item.isExempt() && !item.isWithdrawn());
    }

    private void step(long id) {
        transactions.executeWithoutResult(status -> publications.findById(id).ifPresent(publication -> {
            publication.stepDone(clock.instant());
            publications.save(publication);
        }));
    }
}
