package org.scrutiny.membership.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.scrutiny.membership.MemberKind;
import org.scrutiny.membership.MemberRole;
import org.scrutiny.shared.BusinessRuleViolation;

/** One person's seat on the panel for a term: appointed by an authority, or co-opted as an independent. */
@Entity
@Audited
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    private MemberKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    private Authority authority;

    private LocalDate startDate;
    private LocalDate endDate;

    @OneToMany(mappedBy = "membership", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("municipalYear")
    private List<MembershipRole> roles = new ArrayList<>();

    @Version
    private long version;

    protected Membership() {}

    public Membership(Person person, MemberKind kind, Authority authority, Term term) {
        this.person = person;
        change(kind, authority, term);
    }

    public void change(MemberKind kind, Authority authority, Term term) {
        if (kind == MemberKind.COUNCILLOR && authority == null) {
            throw new BusinessRuleViolation("authorityId", "Select the authority that appointed this councillor");
        }
        if (kind == MemberKind.INDEPENDENT_CO_OPTED && authority != null) {
            throw new BusinessRuleViolation(
                    "authorityId", "An independent co-opted member is not appointed by an authority: select none");
        }
        this.kind = kind;
        this.authority = authority;
        this.startDate = term.start();
        this.endDate = term.end();
    }

    public Term term() {
        return new Term(startDate, endDate);
    }

    public boolean isMemberOn(LocalDate date) {
        return term().includes(date);
    }

    public MemberRole roleIn(int municipalYear) {
        return roles.stream()
                .filter(r -> r.getMunicipalYear() == municipalYear)
                .map(MembershipRole::getRole)
                .findFirst()
                .orElse(MemberRole.MEMBER);
    }

    /** Sets the role for a municipal year; MEMBER clears any Chair or Vice-Chair role that year. */
    public void assignRole(int municipalYear, MemberRole role) {
        var existing = roles.stream()
                .filter(r -> r.getMunicipalYear() == municipalYear)
                .findFirst();
        if (role == MemberRole.MEMBER) {
            existing.ifPresent(roles::remove);
        } else if (existing.isPresent()) {
            existing.get().change(role);
        } else {
            roles.add(new MembershipRole(this, municipalYear, role));
        }
    }

    public List<MembershipRole> getRoles() {
        return List.copyOf(roles);
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public MemberKind getKind() {
        return kind;
    }

    public Authority getAuthority() {
        return authority;
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
