package org.scrutiny.search;

import java.time.LocalDate;

/**
 * One thing to find: a unique key within the whole site (such as {@code point:12:3}), its kind as
 * a reader names it ("Minutes", "Report"), a title, its text, the address of the exact place on the
 * site (a minute's anchor, a report), the day it belongs to, the meeting it belongs to, the theme of
 * the Police and Crime Plan it is under, and who is speaking in it (a minute's point that names
 * its speaker); each of the last three may be null.
 */
public record SearchEntry(
        String key,
        String kind,
        String title,
        String text,
        String href,
        LocalDate date,
        String meeting,
        String theme,
        String speaker) {

    public SearchEntry(
            String key, String kind, String title, String text, String href, LocalDate date, String meeting) {
        this(key, kind, title, text, href, date, meeting, null, null);
    }
}
