package org.scrutiny.membership.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Month;
import org.hibernate.envers.Audited;
import org.scrutiny.membership.MemberRole;
import org.scrutiny.shared.MunicipalYear;

@Entity
@Audited
public class MembershipRole {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private Membership membership;

    private int municipalYear;

    @Enumerated(EnumType.STRING)
    private MemberRole role;

    protected MembershipRole() {}

    MembershipRole(Membership membership, int municipalYear, MemberRole role) {
        this.membership = membership;
        this.municipalYear = municipalYear;
        this.role = role;
    }

    void change(MemberRole role) {
        this.role = role;
    }

    public int getMunicipalYear() {
        return municipalYear;
    }

    /** "2022/23": only the label is needed here, which does not depend on the month the year starts. */
    public String municipalYearLabel() {
        return new MunicipalYear(municipalYear, Month.MAY).label();
    }

    public MemberRole getRole() {
        return role;
    }
}
