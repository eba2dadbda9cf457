package org.scrutiny.plan.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A theme of a plan, with its "what we will do" statement. */
@Entity
@Audited
public class PlanTheme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;
    private int position;
    private String name;
    private String whatWeWillDo;

    @Version
    private long version;

    protected PlanTheme() {}

    PlanTheme(long planId, int position, String name, String whatWeWillDo) {
        this.planId = planId;
        this.position = position;
        this.name = name;
        this.whatWeWillDo = whatWeWillDo;
    }

    /** Renames the theme or restates what it will do; its followers follow it by id. */
    void describe(String name, String whatWeWillDo) {
        this.name = name;
        this.whatWeWillDo = whatWeWillDo;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getWhatWeWillDo() {
        return whatWeWillDo;
    }

    public long getVersion() {
        return version;
    }
}
