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

    /**
     * The name of an uploaded file as it may be stored and shown: only its last part (a browser
     * may send a whole path), on one line, without the characters {@link #clean} removes, and no
     * longer than {@value #LONGEST_FILE_NAME} characters, the extension kept. Empty becomes "upload".
     */
    public static String fileName(String name) {
        String last = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String shown = oneLine(last).strip();
        if (shown.isEmpty() || shown.equals(".") || shown.equals("..")) {
            return "upload";
        }
        if (shown.length() > LONGEST_FILE_NAME) {
            int dot = shown.lastIndexOf('.');
            String extension = dot > 0 && shown.length() - dot <= 10 ? shown.substring(dot) : "";
            shown = shown.substring(0, LONGEST_FILE_NAME - extension.length()).strip() + extension;
        }
        return shown;
    }

    public static final int LONGEST_FILE_NAME = 200;
}
