package org.scrutiny.plan;

/** A deliverable of the plan changed status, with the note that says why: for email updates. */
public record DeliverableStatusChanged(
        long deliverableId, String title, String themeName, String status, String note) {}
