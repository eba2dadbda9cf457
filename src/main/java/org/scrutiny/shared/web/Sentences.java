package org.scrutiny.shared.web;

/** Turns a field's label into the start of an error message: "the start date" to "The start date". */
final class Sentences {

    private Sentences() {}

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
