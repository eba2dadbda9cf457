package org.scrutiny.complaints;

import java.time.LocalDate;
import java.util.Map;

/**
 * The panel's complaints in a period, as counts only: nothing in here names or describes anyone,
 * so it may go on an agenda, into the annual report or to the Commissioner's office. Each map
 * holds every reason or ground, with zero for those that did not occur.
 */
public record ComplaintFigures(
        LocalDate from,
        LocalDate to,
        int received,
        int aboutCommissioner,
        int aboutDeputy,
        int conductMatters,
        int recorded,
        Map<String, Integer> notRecorded,
        int forwarded,
        int referredToIopc,
        int returnedByIopc,
        int investigatedByIopc,
        Map<String, Integer> disapplied,
        int withdrawn,
        int resolvedInformally,
        int openAtEnd,
        int acknowledged,
        int acknowledgedInTime,
        int resolvedInTime) {

    public int notRecordedTotal() {
        return notRecorded.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int disappliedTotal() {
        return disapplied.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Nothing was received, decided or open in the period: the report says so in one sentence. */
    public boolean nothingToReport() {
        return received == 0
                && recorded == 0
                && notRecordedTotal() == 0
                && forwarded == 0
                && referredToIopc == 0
                && returnedByIopc == 0
                && disappliedTotal() == 0
                && withdrawn == 0
                && resolvedInformally == 0
                && openAtEnd == 0;
    }
}
