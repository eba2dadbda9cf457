package org.scrutiny.meetings;

import java.util.List;

/**
 * The documents other modules publish for a meeting (its agenda, pack and reports; its minutes),
 * which the meeting's page lists in one place without knowing where each comes from.
 */
public interface MeetingDocuments {

    /** The order documents are listed in: the agenda and pack, then the reports, then the minutes. */
    enum Kind {
        AGENDA,
        REPORT,
        MINUTES
    }

    /** A document: its title, its address on the site, and its format ("PDF, 1.2 MB, 12 pages" or "Web page"). */
    record Document(Kind kind, String title, String href, String format) {}

    /** The published documents of a meeting, none for a meeting that has none yet. */
    List<Document> documentsOf(long meetingId);
}
