package org.scrutiny.shared.database;

import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.ManagedMappingType;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.web.Sentences;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one place that knows how long each piece of text may be: the length of its column, read
 * from the database itself when the application starts, so a limit cannot drift from the schema.
 * Before any record is written, every text it holds is measured against its column; text that is
 * too long is refused with a message naming the field, which a form shows beside it, instead of
 * reaching the database and failing there. A column of unbounded {@code text} (a report, a
 * response, minutes) takes up to {@code scrutiny.text.longest} characters, 100,000 by default:
 * longer than any paper the panel has had typed into a box, short enough that a pasted megabyte
 * is refused rather than published.
 */
@Component
class ColumnLengths implements SmartInitializingSingleton, PreInsertEventListener, PreUpdateEventListener {

    private final JdbcTemplate jdbc;
    private final EntityManagerFactory entityManagerFactory;
    private final Map<String, Integer> lengths = new HashMap<>();

    private final int longestText;

    ColumnLengths(
            JdbcTemplate jdbc,
            EntityManagerFactory entityManagerFactory,
            @Value("${scrutiny.text.longest:100000}") int longestText) {
        this.jdbc = jdbc;
        this.entityManagerFactory = entityManagerFactory;
        this.longestText = longestText;
    }

    @Override
    public void afterSingletonsInstantiated() {
        jdbc.query(
                """
                select table_name, column_name,
                       coalesce(character_maximum_length, case when data_type = 'text' then ? end)
                from information_schema.columns
                where table_schema = current_schema()
                  and (character_maximum_length is not null or data_type = 'text')
                """,
                row -> {
                    lengths.put(key(row.getString(1), row.getString(2)), row.getInt(3));
                },
                longestText);
        EventListenerRegistry listeners = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.PRE_INSERT, this);
        listeners.appendListeners(EventType.PRE_UPDATE, this);
    }

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        check(event.getPersister(), event.getEntity());
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        check(event.getPersister(), event.getEntity());
        return false;
    }

    private void check(ManagedMappingType type, Object record) {
        if (record == null) {
            return;
        }
        type.forEachAttributeMapping(attribute -> check(attribute, record));
    }

    private void check(AttributeMapping attribute, Object record) {
        Object value = attribute.getValue(record);
        if (value instanceof String text
                && attribute instanceof SelectableMapping column
                && !unbounded(record.getClass(), attribute.getAttributeName())) {
            Integer length = lengths.get(key(column.getContainingTableExpression(), column.getSelectionExpression()));
            if (length != null && text.length() > length) {
                String field = attribute.getAttributeName();
                throw new BusinessRuleViolation(
                        field,
                        Sentences.capitalise(Sentences.words(field)) + " must be "
                                + String.format(Locale.UK, "%,d", length) + " characters or fewer");
            }
        } else if (value != null && attribute instanceof EmbeddableValuedModelPart embedded) {
            check(embedded.getEmbeddableTypeDescriptor(), value);
        }
    }

    private final Map<String, Boolean> unboundedFields = new ConcurrentHashMap<>();

    private boolean unbounded(Class<?> type, String field) {
        return unboundedFields.computeIfAbsent(type.getName() + "#" + field, key -> {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                try {
                    return c.getDeclaredField(field).isAnnotationPresent(Unbounded.class);
                } catch (NoSuchFieldException notHere) {
                    // look in the superclass
                }
            }
            return false;
        });
    }

    private static String key(String table, String column) {
        String bareTable = table.substring(table.lastIndexOf('.') + 1);
        return (bareTable + "." + column).replace("\"", "").toLowerCase(Locale.ROOT);
    }
}
