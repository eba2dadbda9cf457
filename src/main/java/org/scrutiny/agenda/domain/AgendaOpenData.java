package org.scrutiny.agenda.domain;

import static org.scrutiny.opendata.OParlType.AGENDA_ITEM;
import static org.scrutiny.opendata.OParlType.MEETING;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scrutiny.opendata.OParlObject;
import org.scrutiny.opendata.OParlObject.Embedded;
import org.scrutiny.opendata.OParlObject.Page;
import org.scrutiny.opendata.OParlObject.Ref;
import org.scrutiny.opendata.OpenDataSources;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The items of every published agenda, in order and numbered, embedded in their meetings. An
 * exempt item is there as not public, by its title only (its papers are never offered); a
 * withdrawn item, or one taken off the agenda, is no longer offered, and so is served as deleted.
 */
@Component
class AgendaOpenData implements OpenDataSources {

    private final Agendas agendas;

    AgendaOpenData(Agendas agendas) {
        this.agendas = agendas;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OParlObject> objects() {
        List<OParlObject> objects = new ArrayList<>();
        // The published agendas with their items in one query, not one more for each agenda.
        for (Agenda agenda : agendas.findWithItemsByStatus(Agenda.Status.PUBLISHED)) {
            List<Object> items = new ArrayList<>();
            int order = 0;
            for (Agenda.NumberedItem numbered : agenda.numbered()) {
                AgendaItem item = numbered.item();
                if (numbered.number() == null) {
                    continue;
                }
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("meeting", Ref.to(MEETING, agenda.getMeetingId()));
                fields.put("number", String.valueOf(numbered.number()));
                fields.put("order", ++order);
                fields.put("name", item.getTitle());
                fields.put("public", !item.isExempt());
                fields.put("web", new Page("/meetings/" + agenda.getMeetingId() + "/agenda"));
                objects.add(OParlObject.of(AGENDA_ITEM, item.getId(), fields));
                items.add(Embedded.of(AGENDA_ITEM, item.getId()));
            }
            objects.add(OParlObject.extending(MEETING, agenda.getMeetingId(), Map.of("agendaItem", items)));
        }
        return objects;
    }
}
