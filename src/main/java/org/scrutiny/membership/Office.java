package org.scrutiny.membership;

/** The posts around the panel: its own officers, and the Commissioner's side. */
public enum Office {
    SECRETARIAT("Panel secretariat", Side.PANEL),
    MONITORING_OFFICER("Monitoring Officer", Side.PANEL),
    COMMISSIONER("Police and Crime Commissioner", Side.COMMISSIONER),
    DEPUTY_COMMISSIONER("Deputy Police and Crime Commissioner", Side.COMMISSIONER),
    CHIEF_EXECUTIVE("Chief Executive, OPCC", Side.COMMISSIONER),
    CHIEF_FINANCE_OFFICER("Chief Finance Officer, OPCC", Side.COMMISSIONER),
    OPCC_STAFF("OPCC staff", Side.COMMISSIONER),
    CHIEF_CONSTABLE("Chief Constable", Side.POLICE),
    POLICE_STAFF("Police force officer or staff", Side.POLICE);

    public enum Side {
        PANEL,
        COMMISSIONER,
        POLICE
    }

    private final String label;
    private final Side side;

    Office(String label, Side side) {
        this.label = label;
        this.side = side;
    }

    public String label() {
        return label;
    }

    public Side side() {
        return side;
    }
}
