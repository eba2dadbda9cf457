package org.scrutiny.complaintreviews;

import java.time.LocalDate;
import java.util.Map;

/**
 * The office's complaint reviews and complaints about the Chief Constable received in a period,
 * each counted as it stood at the period's end, as counts only: nothing here names or describes
 * anyone. The maps hold every reason or outcome, with zero for those that did not occur.
 */
public record ReviewFigures(
        LocalDate from,
        LocalDate to,
        int received,
        int completed,
        int ongoing,
        int notStarted,
        Map<String, Integer> invalid,
        int notProgressed,
        int awaitingConfirmation,
        int upheld,
        Share investigated,
        Share notInvestigated,
        int acknowledged,
        int acknowledgedInTime,
        int completedInTime,
        Double averageWorkingDays,
        Double averageWorkingDaysLessSuspensions,
        int recommendations,
        int recommendationsAgreed,
        ChiefConstable chiefConstable,
        int aboutCommissioner) {

    /** Of the reviews completed, how many were upheld: the outcome was not reasonable and proportionate. */
    public record Share(int completed, int upheld) {

        /** The share upheld, in whole per cent; null when none was completed. */
        public Integer percentUpheld() {
            return completed == 0 ? null : Math.round(upheld * 100f / completed);
        }
    }

    public record ChiefConstable(
            int received,
            int recorded,
            int notRecorded,
            int referredToIopc,
            Map<String, Integer> outcomes,
            int reviewedByIopc,
            int reviewsUpheld,
            int reviewsNotUpheld) {}

    public int valid() {
        return completed + ongoing + notStarted;
    }

    public int invalidTotal() {
        return invalid.values().stream().mapToInt(Integer::intValue).sum();
    }
}
