package org.scrutiny.shared;

import java.util.regex.Pattern;

/**
 * What the application accepts as text a person typed: everything but the characters no one
 * types on purpose and that break storage, feeds or display. NUL and the other C0 and C1 control
 * characters are removed, except tab, line feed and carriage return; so are the bidirectional
 * embedding, override and isolate controls, which can make text read differently from how it is
 * stored, half of a surrogate pair and the two non-characters XML refuses. Every form's text goes
 * through {@link #clean}; feeds and calendars pass what they write through it too, so that text
 * stored before this rule cannot break them.
 */
public final class TypedText {

    private static final Pattern REFUSED = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F"
            + "\\u202A-\\u202E\\u2066-\\u2069\\uFFFE\\uFFFF]"
            + "|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\t\\u2028\\u2029]+");

    private TypedText() {}

    public static String clean(String text) {
        return text == null ? null : REFUSED.matcher(text).replaceAll("");
    }

    /**
     * Text that must stay on one line, such as a person's name or an email subject: cleaned, with
     * any line breaks or tabs turned into a single space.
     */
    public static String oneLine(String text) {
        return text == null ? null : LINE_BREAKS.matcher(clean(text)).replaceAll(" ");
    }
}
