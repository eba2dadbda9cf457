package org.scrutiny.membership;

import java.time.LocalDate;
import java.time.Month;
import org.scrutiny.shared.MunicipalYear;
import org.scrutiny.shared.WorkingDays;

/**
 * The panel's name, contact details, the month its municipal year starts, and whose bank holidays
 * its working days follow (England's or Wales's).
 */
public record PanelDetails(
        String name,
        String policeForceArea,
        String hostAuthority,
        String email,
        String telephone,
        String postalAddress,
        String website,
        Month municipalYearStart,
        WorkingDays.Region region) {

    /** What a new installation shows until the secretariat has entered the panel's details. */
    public static PanelDetails unconfigured() {
        return new PanelDetails(
                "Police and Crime Panel",
                "",
                "",
                "",
                null,
                null,
                null,
                MunicipalYear.DEFAULT_START,
                WorkingDays.Region.ENGLAND);
    }

    public boolean configured() {
        return !email.isBlank();
    }

    public MunicipalYear municipalYearOf(LocalDate date) {
        return MunicipalYear.containing(date, municipalYearStart);
    }
}
