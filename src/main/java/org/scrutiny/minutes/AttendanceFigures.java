package org.scrutiny.minutes;

import java.util.List;
import org.scrutiny.shared.MunicipalYear;

/**
 * Attendance at the panel's meetings over a municipal year, from the published minutes: each
 * member is expected at the meetings held while they were on the panel (so one who joined or left
 * during the year is counted against the meetings of their term), and cancelled meetings do not
 * count. A substitute is counted for the meetings they attended in a member's place.
 */
public interface AttendanceFigures {

    /** One person's year. */
    record Line(long personId, String name, int expected, int attended, int apologies, int asSubstitute) {

        /** Attended as a share of the meetings they were expected at, rounded; null when none were expected. */
        public Integer percent() {
            return expected == 0 ? null : Math.round(attended * 100f / expected);
        }
    }

    /** Everyone the minutes of the year record, by name. */
    List<Line> attendanceIn(MunicipalYear year);

    /** The meetings of the year whose published minutes record attendance. */
    int minutedMeetingsIn(MunicipalYear year);
}
