package org.scrutiny.shared.audit;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.scrutiny.shared.London;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the history of any audited record: the secretariat's "who changed this, and when". */
@Component
public class AuditTrail {

    private final EntityManager entityManager;

    AuditTrail(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record Change(ZonedDateTime at, String by, String what) {}

    @Transactional(readOnly = true)
    public List<Change> historyOf(Class<?> entityType, Object id) {
        List<?> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(entityType, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> {
                    AuditRevision revision = (AuditRevision) row[1];
                    RevisionType type = (RevisionType) row[2];
                    return new Change(
                            revision.getChangedAt().atZone(London.ZONE), revision.getChangedBy(), describe(type));
                })
                .toList();
    }

    private static String describe(RevisionType type) {
        return switch (type) {
            case ADD -> "Created";
            case MOD -> "Changed";
            case DEL -> "Deleted";
        };
    }

    /** When each of the given records last changed, in one query; records never audited are left out. */
    @Transactional(readOnly = true)
    public Map<Object, Instant> lastChanges(Class<?> entityType, Collection<?> ids) {
        Map<Object, Instant> last = new HashMap<>();
        if (ids.isEmpty()) {
            return last;
        }
        List<?> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(entityType, false, true)
                .add(AuditEntity.id().in(ids))
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Object id = entityManager
                    .getEntityManagerFactory()
                    .getPersistenceUnitUtil()
                    .getIdentifier(columns[0]);
            Instant at = ((AuditRevision) columns[1]).getChangedAt();
            last.merge(id, at, (a, b) -> a.isAfter(b) ? a : b);
        }
        return last;
    }
}
