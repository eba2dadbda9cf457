package org.scrutiny.shared;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The panel's working-day calendar, for every statutory date: England's or Wales's bank holidays
 * as the panel's details say, read each time so a change applies at once on every node.
 */
@Component
public class PanelCalendar {

    private final ObjectProvider<PanelRegion> region;

    PanelCalendar(ObjectProvider<PanelRegion> region) {
        this.region = region;
    }

    public WorkingDays workingDays() {
        PanelRegion panel = region.getIfAvailable();
        return WorkingDays.of(panel == null ? WorkingDays.Region.ENGLAND : panel.region());
    }
}
