package org.scrutiny.minutes.domain;

/** How one person attended the panel's meetings over a period. */
public record AttendanceRecord(
        long personId, String name, int expected, int attended, int apologies, int asSubstitute) {

    /** Attended as a share of the meetings they were expected at, rounded; null when none were expected. */
    public Integer percent() {
        return expected == 0 ? null : Math.round(attended * 100f / expected);
    }
}
