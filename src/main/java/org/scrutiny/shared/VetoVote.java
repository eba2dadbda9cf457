package org.scrutiny.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A vote on whether to veto (the precept, or a Chief Constable's appointment): the members of the
 * panel on the day, the two-thirds of them a veto needs, and the votes cast for it. Where the law
 * allows no veto, only the members are kept.
 */
@Embeddable
public class VetoVote {

    @Column(name = "members_on_the_day")
    private Integer members;

    @Column(name = "veto_threshold")
    private Integer threshold;

    @Column(name = "votes_for_veto")
    private Integer votesFor;

    protected VetoVote() {}

    private VetoVote(int members, Integer threshold, Integer votesFor) {
        this.members = members;
        this.threshold = threshold;
        this.votesFor = votesFor;
    }

    /** The votes for a veto among the panel's {@code members} on the day; refuses a count outside 0 to members. */
    public static VetoVote cast(int members, int votesFor) {
        int threshold = VetoThreshold.of(members);
        if (votesFor < 0 || votesFor > members) {
            throw new BusinessRuleViolation(
                    "votesForVeto",
                    "The votes for a veto must be between 0 and the " + members + " members of the panel");
        }
        return new VetoVote(members, threshold, votesFor);
    }

    /** A decision the panel could not veto: the members on the day, and no threshold. */
    public static VetoVote notAllowed(int members) {
        return new VetoVote(members, null, null);
    }

    public boolean isCarried() {
        return threshold != null && votesFor != null && votesFor >= threshold;
    }

    public Integer members() {
        return members;
    }

    public Integer threshold() {
        return threshold;
    }

    public Integer votesFor() {
        return votesFor;
    }
}
