package org.scrutiny.meetings;

/** An item in a meeting's work programme, as an agenda is built from it. */
public record PlannedItem(String title, String note, ItemPurpose purpose) {}
