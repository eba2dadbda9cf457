package org.scrutiny.shared.web;

import java.util.Locale;

/** Words for messages: a field's name as words, and the start of a sentence capitalised. */
public final class Sentences {

    private Sentences() {}

    /** "The start date" from "the start date". */
    public static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A form field's or record's property as words: "votes for veto" from "lines[2].votesForVeto". */
    public static String words(String property) {
        String last = property.replaceAll("\\[[^]]*]", "");
        last = last.substring(last.lastIndexOf('.') + 1);
        return last.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
