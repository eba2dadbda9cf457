package org.scrutiny.precept;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The panel's votes on the Commissioner's proposed precept, for its annual report. */
public interface PreceptDecisions {

    /**
     * One vote: the precept year ("2023/24"), the day, the proposed rise in pounds on a Band D
     * property, whether a veto was carried, and the decision as the panel recorded it.
     */
    record Vote(String precept, LocalDate votedOn, BigDecimal proposedIncrease, boolean vetoed, String decision) {}

    /** The votes taken between two days, the earliest first. */
    List<Vote> votedBetween(LocalDate from, LocalDate to);
}
