package org.scrutiny.shared;

import java.time.ZoneId;

/** The time zone of every panel in England and Wales. */
public final class London {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private London() {}
}
