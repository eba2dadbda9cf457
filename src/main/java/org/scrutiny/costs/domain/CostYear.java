package org.scrutiny.costs.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * The grant for one financial year (1 April to 31 March): a fixed sum for the panel and an amount
 * for each member, as the Home Office sets them.
 */
@Entity
@Audited
public class CostYear {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int startYear;
    private BigDecimal fixedSum;
    private BigDecimal perMember;
    private int members;

    @Version
    private long version;

    protected CostYear() {}

    CostYear(int startYear, BigDecimal fixedSum, BigDecimal perMember, int members) {
        this.startYear = startYear;
        set(fixedSum, perMember, members);
    }

    void set(BigDecimal fixedSum, BigDecimal perMember, int members) {
        this.fixedSum = fixedSum;
        this.perMember = perMember;
        this.members = members;
    }

    /** The fixed sum and the amount for each member. */
    public BigDecimal allocation() {
        return fixedSum.add(perMember.multiply(BigDecimal.valueOf(members)));
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    /** "2022/23" */
    public String label() {
        return label(startYear);
    }

    public static String label(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    public Long getId() {
        return id;
    }

    public int getStartYear() {
        return startYear;
    }

    public BigDecimal getFixedSum() {
        return fixedSum;
    }

    public BigDecimal getPerMember() {
        return perMember;
    }

    public int getMembers() {
        return members;
    }

    public long getVersion() {
        return version;
    }
}
