package org.scrutiny.support;

import java.time.Duration;
import org.scrutiny.papers.domain.Publication;
import org.scrutiny.papers.domain.PublicationService;

/** Waits for a meeting's published documents, helping the background builder along. */
public final class Built {

    private Built() {}

    /** Returns when every version of the meeting's documents has been built (or has failed). */
    public static void await(PublicationService publications, long meetingId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (publications.versions(meetingId).isEmpty()
                || publications.versions(meetingId).stream().anyMatch(Publication::isPending)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The documents of meeting " + meetingId + " were not built in 90 seconds");
            }
            if (!publications.buildNext()) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }
}
