package org.scrutiny.agenda;

import java.util.Optional;
import org.scrutiny.meetings.ItemPurpose;

/**
 * Papers other modules generate for a standing item, such as the review of actions produced from
 * the action log. The agenda lists them under the item without knowing where they come from.
 */
public interface ItemPapers {

    /** A generated paper: its title and its address on the site. */
    record Paper(String title, String href) {}

    Optional<Paper> paperFor(long meetingId, ItemPurpose purpose);
}
