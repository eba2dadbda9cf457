package org.scrutiny.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Month;
import org.hibernate.envers.Audited;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.shared.WorkingDays;

@Entity
@Audited
public class Panel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String policeForceArea;
    private String hostAuthority;
    private String email;
    private String telephone;
    private String postalAddress;
    private String website;

    @Column(name = "municipal_year_start_month")
    private int municipalYearStartMonth = 5;

    @Enumerated(EnumType.STRING)
    private WorkingDays.Region region = WorkingDays.Region.ENGLAND;

    @Version
    private long version;

    protected Panel() {}

    public Panel(PanelDetails details) {
        describe(details);
    }

    public void describe(PanelDetails details) {
        this.name = details.name();
        this.policeForceArea = details.policeForceArea();
        this.hostAuthority = details.hostAuthority();
        this.email = details.email();
        this.telephone = details.telephone();
        this.postalAddress = details.postalAddress();
        this.website = details.website();
        this.municipalYearStartMonth = details.municipalYearStart().getValue();
        this.region = details.region();
    }

    public PanelDetails details() {
        return new PanelDetails(
                name,
                policeForceArea,
                hostAuthority,
                email,
                telephone,
                postalAddress,
                website,
                Month.of(municipalYearStartMonth),
                region);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
