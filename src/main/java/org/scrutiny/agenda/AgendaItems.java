package org.scrutiny.agenda;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.scrutiny.meetings.ItemPurpose;

/** The items of a meeting's agenda, as other modules (the minutes) see them. */
public interface AgendaItems {

    /** An item that stands on the agenda (not withdrawn), with its number. */
    record Item(long id, int number, String title, ItemPurpose purpose, boolean exempt, Long linkedMeetingId) {}

    /** The numbered items of a meeting's agenda; empty when it has none. */
    List<Item> itemsOf(long meetingId);

    /**
     * The numbered items of the published agendas of these meetings, read at once, by meeting; a
     * meeting whose agenda is not published has no entry.
     */
    Map<Long, List<Item>> publishedItemsOf(Collection<Long> meetingIds);
}
