package org.scrutiny.membership.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.scrutiny.membership.MemberKind;
import org.scrutiny.shared.BusinessRuleViolation;

/**
 * A councillor named by an authority to stand in for its members, optionally for one named
 * member. A substitute can only stand in for a member appointed by the same authority.
 */
@Entity
@Audited
public class Substitute {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Authority authority;

    @ManyToOne(fetch = FetchType.LAZY)
    private Membership membership;

    private LocalDate startDate;
    private LocalDate endDate;

    @Version
    private long version;

    protected Substitute() {}

    public Substitute(Person person, Authority authority, Membership forMember, Term term) {
        this.person = person;
        change(authority, forMember, term);
    }

    public void change(Authority authority, Membership forMember, Term term) {
        if (forMember != null) {
            if (forMember.getKind() != MemberKind.COUNCILLOR) {
                throw new BusinessRuleViolation(
                        "membershipId", "Independent co-opted members do not have substitutes: select a councillor");
            }
            if (!forMember.getAuthority().getId().equals(authority.getId())) {
                throw new BusinessRuleViolation(
                        "membershipId",
                        "A substitute must be from the same authority as the member they stand in for: "
                                + forMember.getPerson().name() + " was appointed by "
                                + forMember.getAuthority().getName());
            }
        }
        this.authority = authority;
        this.membership = forMember;
        this.startDate = term.start();
        this.endDate = term.end();
    }

    public Term term() {
        return new Term(startDate, endDate);
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Authority getAuthority() {
        return authority;
    }

    public Membership getMembership() {
        return membership;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public long getVersion() {
        return version;
    }
}
