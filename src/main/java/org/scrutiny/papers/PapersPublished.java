package org.scrutiny.papers;

import java.util.List;

/**
 * A version of a meeting's agenda and papers is out, its documents built: {@code version} 1 for the
 * agenda as first published, more after a change, with what changed and the titles of its open
 * items (for email updates). A version that fails to build is never announced.
 */
public record PapersPublished(long meetingId, int version, String changeNote, List<String> openItemTitles) {}
