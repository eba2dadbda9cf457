package org.scrutiny.shared;

/** Where the panel is, as its own details say: the nation whose bank holidays its working days follow. */
public interface PanelRegion {

    WorkingDays.Region region();
}
