package org.scrutiny.shared.web;

/**
 * Folds iCalendar content lines as RFC 5545 section 3.1 asks: no line longer than 75 octets of
 * UTF-8, excluding the line break, each continuation starting with a space, and never inside a
 * character (a multi-octet character or a surrogate pair stays whole).
 */
public final class ContentLines {

    private static final int MAX_OCTETS = 75;

    private ContentLines() {}

    /** Folds again a calendar folded some other way (such as ical4j's, at 75 characters). */
    public static String refold(String calendar) {
        return fold(calendar.replaceAll("\r\n[ \t]", ""));
    }

    /** Folds every line of an unfolded calendar, whose lines end in CRLF. */
    public static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
        for (String line : unfolded.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            foldLine(line, folded);
            folded.append("\r\n");
        }
        return folded.toString();
    }

    /** How many octets UTF-8 takes for one character. */
    static int utf8Octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int width = utf8Octets(codePoint);
            if (octets + width > MAX_OCTETS) {
                out.append("\r\n ");
                // The leading space of a continuation line counts towards its 75 octets.
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
    }
}
