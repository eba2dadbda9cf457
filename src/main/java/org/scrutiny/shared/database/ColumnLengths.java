package org.scrutiny.shared.database;

import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one place that knows how long each piece of text may be: the length of its column, read
 * from the database itself when the application starts, so a limit cannot drift from the schema.
 * Before any record is written, every text it holds is measured against its column; text that is
 * too long is refused with a message naming the field, which a form shows beside it, instead of
 * reaching the database and failing there.
 */
@Component
class ColumnLengths implements SmartInitializingSingleton, PreInsertEventListener, PreUpdateEventListener {

    private final JdbcTemplate jdbc;
    private final EntityManagerFactory entityManagerFactory;
    private final Map<String, Integer> lengths = new HashMap<>();

    ColumnLengths(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory) {
        this.jdbc = jdbc;
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void afterSingletonsInstantiated() {
        jdbc.query(
                "select table_name, column_name, character_maximum_length from information_schema.columns"
                        + " where table_schema = current_schema() and character_maximum_length is not null",
                row -> {
                    lengths.put(key(row.getString(1), row.getString(2)), row.getInt(3));
                });
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
        if (value instanceof String text && attribute instanceof SelectableMapping column) {
            Integer length = lengths.get(key(column.getContainingTableExpression(), column.getSelectionExpression()));
            if (length != null && text.length() > length) {
                String field = attribute.getAttributeName();
                throw new BusinessRuleViolation(
                        field,
                        Sentences.capitalise(Sentences.words(field)) + " must be " + length + " characters or fewer");
            }
        } else if (value != null && attribute instanceof EmbeddableValuedModelPart embedded) {
            check(embedded.getEmbeddableTypeDescriptor(), value);
        }
    }

    private static String key(String table, String column) {
        String bareTable = table.substring(table.lastIndexOf('.') + 1);
        return (bareTable + "." + column).replace("\"", "").toLowerCase(Locale.ROOT);
    }
}
