package org.scrutiny.membership;

import java.time.LocalDate;
import java.time.Month;
import org.scrutiny.shared.MunicipalYear;

/** The panel's name, contact details and the month its municipal year starts. */
public record PanelDetails(
        String name,
        String policeForceArea,
        String hostAuthority,
        String email,
        String telephone,
        String postalAddress,
        String website,
        Month municipalYearStart) {

    public MunicipalYear municipalYearOf(LocalDate date) {
        return MunicipalYear.containing(date, municipalYearStart);
    }
}
