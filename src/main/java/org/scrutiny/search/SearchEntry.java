package org.scrutiny.search;

import java.time.LocalDate;

/**
 * One thing to find: a unique key within the whole site (such as {@code point:12:3}), its kind as
 * a reader names it ("Minutes", "Report"), a title, its text, the address of the exact place on the
 * site (a minute's anchor, a report), the day it belongs to, and the meeting it belongs to (or
 * null).
 */
public record SearchEntry(
        String key, String kind, String title, String text, String href, LocalDate date, String meeting) {}
