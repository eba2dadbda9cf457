package org.scrutiny.agenda;

/**
 * The secretariat published a meeting's agenda: from this moment the statutory notice runs. Heard
 * in the same transaction, so that what follows from it (its documents being queued to build) is
 * recorded with it or not at all.
 */
public record AgendaPublished(long meetingId) {}
