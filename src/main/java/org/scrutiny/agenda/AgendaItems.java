package org.scrutiny.agenda;

import java.util.List;
import org.scrutiny.meetings.ItemPurpose;

/** The items of a meeting's agenda, as other modules (the minutes) see them. */
public interface AgendaItems {

    /** An item that stands on the agenda (not withdrawn), with its number. */
    record Item(long id, int number, String title, ItemPurpose purpose, boolean exempt, Long linkedMeetingId) {}

    /** The numbered items of a meeting's agenda; empty when it has none. */
    List<Item> itemsOf(long meetingId);
}
