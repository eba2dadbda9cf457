package org.scrutiny.complaints;

import java.time.LocalDate;

/** What other modules may ask of the complaints register: counts, never the complaints. */
public interface ComplaintRegister {

    /** The counts for the days {@code from} to {@code to}, both included. */
    ComplaintFigures figures(LocalDate from, LocalDate to);
}
