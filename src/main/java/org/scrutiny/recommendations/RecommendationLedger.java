package org.scrutiny.recommendations;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Other modules' way to put a report of the panel to the Commissioner into the tracker. */
public interface RecommendationLedger {

    /** Records a report sent to the Commissioner on {@code sentOn}, due a response as the panel's rules say. */
    long recordReport(long meetingId, String title, String text, LocalDate sentOn, LocalDate responseDue);

    /** A recommendation or report the panel sent, as another module names it. */
    record Sent(long id, String title, LocalDate sentOn) {}

    /** The {@code most} recommendations and reports sent most recently, newest first. */
    List<Sent> latestSent(int most);

    /** One of them by id; empty if there is none. */
    Optional<Sent> sent(long id);

    /** The reports (not recommendations) the panel sent after a meeting, oldest first. */
    List<Long> reportsOf(long meetingId);
}
