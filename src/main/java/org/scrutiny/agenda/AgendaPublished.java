package org.scrutiny.agenda;

import java.util.List;

/**
 * A meeting's agenda was published ({@code version} 1) or republished after a change, with what
 * changed. Its documents are built afterwards; the meeting's page shows them when ready.
 */
public record AgendaPublished(long meetingId, int version, String changeNote, List<String> openItemTitles) {}
