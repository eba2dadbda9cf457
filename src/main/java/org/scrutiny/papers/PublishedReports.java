package org.scrutiny.papers;

import java.util.List;
import java.util.Optional;

/** Reports the public may read, for other modules to link to: accepted, on a published agenda, public. */
public interface PublishedReports {

    /** A published report and its public address. */
    record Ref(long meetingId, long reportId, String title) {

        public String href() {
            return "/meetings/" + meetingId + "/reports/" + reportId;
        }
    }

    /** The {@code most} published reports of the latest meetings, newest first. */
    List<Ref> latest(int most);

    /** A published report by id; empty if there is none the public may read. */
    Optional<Ref> find(long reportId);

    /** The reports published for a meeting, in the agenda's order of their ids. */
    List<Ref> publishedAt(long meetingId);
}
