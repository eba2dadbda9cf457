package org.scrutiny.papers;

import java.util.List;
import org.scrutiny.meetings.ItemPurpose;

/**
 * A version of a meeting's agenda and papers is out, its documents built: {@code version} 1 for the
 * agenda as first published, more after a change, with what changed and the titles of its open
 * items and their purposes (for email updates). A version that fails to build is never announced.
 */
public record PapersPublished(
        long meetingId,
        int version,
        String changeNote,
        List<String> openItemTitles,
        List<ItemPurpose> openItemPurposes) {

    /** Whether the papers carry a report on the Police and Crime Plan: its forward plan, progress or annual report. */
    public boolean reportsOnThePlan() {
        return openItemPurposes.contains(ItemPurpose.FORWARD_PLAN)
                || openItemPurposes.contains(ItemPurpose.PLAN_PROGRESS)
                || openItemPurposes.contains(ItemPurpose.COMMISSIONER_ANNUAL_REPORT);
    }
}
