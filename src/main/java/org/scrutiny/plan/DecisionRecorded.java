package org.scrutiny.plan;

/**
 * A decision of the Commissioner was recorded, taken or expected: for email updates to the people
 * who follow its theme. Heard in the transaction that recorded it.
 */
public record DecisionRecorded(
        long decisionId,
        String reference,
        String title,
        String summary,
        String themeName,
        boolean key,
        boolean taken) {}
