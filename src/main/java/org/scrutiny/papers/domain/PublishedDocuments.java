package org.scrutiny.papers.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublishedDocuments extends JpaRepository<PublishedDocument, Long> {

    @Query(
            """
            select new org.scrutiny.papers.domain.PublishedDocument$Info(
                d.id, d.publicationId, d.kind, d.pageCount, d.sizeBytes, d.accessible)
            from PublishedDocument d where d.publicationId in :publicationIds
            """)
    List<PublishedDocument.Info> describe(List<Long> publicationIds);

    Optional<PublishedDocument> findByPublicationIdAndKind(long publicationId, PublishedDocument.Kind kind);

    void deleteByPublicationId(long publicationId);
}
