package org.scrutiny.shared;

/**
 * The votes a panel needs to veto the precept or a Chief Constable candidate: at least two-thirds
 * of the persons who are members of the panel at the time, rounded up; vacancies do not count.
 */
public final class VetoThreshold {

    private VetoThreshold() {}

    /** 10 members need 7, 12 need 8, 13 need 9. */
    public static int of(int members) {
        if (members < 1) {
            throw new BusinessRuleViolation("The panel has no members on that date: a veto cannot be decided");
        }
        return (2 * members + 2) / 3;
    }
}
