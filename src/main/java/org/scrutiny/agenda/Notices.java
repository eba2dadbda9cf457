package org.scrutiny.agenda;

import java.time.LocalDate;
import java.util.List;

/** The statutory dates of the panel's upcoming meetings. */
public interface Notices {

    /** Every meeting from {@code today} that needs public notice, with its dates and how urgent they are. */
    List<MeetingNotice> upcoming(LocalDate today);
}
