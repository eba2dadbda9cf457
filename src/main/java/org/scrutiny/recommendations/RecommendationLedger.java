package org.scrutiny.recommendations;

import java.time.LocalDate;
import java.util.List;

/** Other modules' way to put a report of the panel to the Commissioner into the tracker. */
public interface RecommendationLedger {

    /** Records a report sent to the Commissioner on {@code sentOn}, due a response as the panel's rules say. */
    long recordReport(long meetingId, String title, String text, LocalDate sentOn, LocalDate responseDue);

    /** The reports (not recommendations) the panel sent after a meeting, oldest first. */
    List<Long> reportsOf(long meetingId);
}
