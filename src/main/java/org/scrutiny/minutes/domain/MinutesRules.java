package org.scrutiny.minutes.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.scrutiny.shared.BusinessRuleViolation;

/** The panel's quorum: how many members (or substitutes) must be present for it to decide anything. */
@Entity
@Audited
public class MinutesRules {

    /** A common quorum in panel arrangements: a third of ten council members, rounded up. */
    static final int DEFAULT_QUORUM = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int quorum;

    @Version
    private long version;

    protected MinutesRules() {}

    MinutesRules(int quorum) {
        change(quorum);
    }

    public void change(int quorum) {
        if (quorum < 1) {
            throw new BusinessRuleViolation("quorum", "The quorum must be at least 1");
        }
        this.quorum = quorum;
    }

    public int getQuorum() {
        return quorum;
    }

    public long getVersion() {
        return version;
    }
}
