package org.scrutiny.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Month;
import org.hibernate.envers.Audited;
import org.scrutiny.membership.PanelDetails;

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

    @Version
    private long version;

    protected Panel() {}

    public Panel(String name, String policeForceArea, String hostAuthority, String email) {
        this.name = name;
        this.policeForceArea = policeForceArea;
        this.hostAuthority = hostAuthority;
        this.email = email;
    }

    public void describe(
            String name,
            String policeForceArea,
            String hostAuthority,
            String email,
            String telephone,
            String postalAddress,
            String website,
            Month municipalYearStart) {
        this.name = name;
        this.policeForceArea = policeForceArea;
        this.hostAuthority = hostAuthority;
        this.email = email;
        this.telephone = telephone;
        this.postalAddress = postalAddress;
        this.website = website;
        this.municipalYearStartMonth = municipalYearStart.getValue();
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
                Month.of(municipalYearStartMonth));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
