package org.scrutiny.recommendations;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.scrutiny.shared.MunicipalYear;

/**
 * What became of the recommendations and reports the panel sent, counted from the tracker: for the
 * panel's annual report and the public statistics. A recommendation counts in the period it was
 * sent in; its status is as it stands on the day asked about.
 */
public interface RecommendationFigures {

    /**
     * The counts for recommendations sent in a period. {@code medianDaysToRespond} is the median of
     * the calendar days from sending to the response, over those answered; null when none were.
     */
    record Figures(
            int sent,
            int responded,
            int accepted,
            int partlyAccepted,
            int notAccepted,
            int noted,
            int awaiting,
            int overdue,
            int answeredLate,
            Integer medianDaysToRespond) {

        /** Those with a response, less those accepted in whole or in part, not accepted or noted. */
        public int respondedWithoutOutcome() {
            return responded - accepted - partlyAccepted - notAccepted - noted;
        }
    }

    /** The recommendations sent from {@code from} to {@code to}, their status as on {@code today}. */
    Figures sentBetween(LocalDate from, LocalDate to, LocalDate today);

    /** One municipal year's figures. */
    record YearFigures(MunicipalYear year, Figures figures) {}

    /** Every municipal year in which the panel sent any, the latest first. */
    List<YearFigures> byYear(Month yearStart, LocalDate today);
}
