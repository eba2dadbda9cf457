package org.scrutiny.shared.web;

/** One choice in a select or a set of radios: the submitted value and the words shown. */
public record Option(String value, String text) {

    public static Option of(Object value, String text) {
        return new Option(value == null ? "" : value.toString(), text);
    }
}
