package org.scrutiny.costs.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** One cost charged to a year's grant: what for, when, how much, and for which member if it is theirs. */
@Entity
@Audited
public class CostEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long costYearId;

    @Enumerated(EnumType.STRING)
    private CostCategory category;

    private LocalDate spentOn;
    private BigDecimal amount;
    private String note;
    private Long personId;
    private String memberName;

    @Version
    private long version;

    protected CostEntry() {}

    CostEntry(long costYearId, Charge charge) {
        this.costYearId = costYearId;
        this.category = charge.category();
        this.spentOn = charge.spentOn();
        this.amount = charge.amount();
        this.note = charge.note();
        this.personId = charge.personId();
        this.memberName = charge.memberName();
    }

    /** What the secretariat enters for a cost. */
    public record Charge(
            CostCategory category,
            LocalDate spentOn,
            BigDecimal amount,
            String note,
            Long personId,
            String memberName) {}

    public Long getId() {
        return id;
    }

    public long getCostYearId() {
        return costYearId;
    }

    public CostCategory getCategory() {
        return category;
    }

    public LocalDate getSpentOn() {
        return spentOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getMemberName() {
        return memberName;
    }

    public long getVersion() {
        return version;
    }
}
