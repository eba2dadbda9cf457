package org.scrutiny.papers;

import java.time.Instant;
import java.util.List;

/** The agendas and papers published most recently, across meetings, for the home page and the like. */
public interface LatestPapers {

    /** A published version of a meeting's agenda and papers: 1 for the first, more for a later version. */
    record Paper(long meetingId, int version, Instant publishedAt, String changeNote) {}

    /** The {@code most} newest versions whose documents are ready, newest first. */
    List<Paper> latest(int most);

    /**
     * Every version of one meeting's agenda, first published first, each with the moment it was
     * published: what a paper produced for that version showed is fixed at that moment.
     */
    List<Paper> versionsOf(long meetingId);
}
