package org.scrutiny.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a form field typed in a text area, whose line breaks are kept. Every other text a form
 * takes is one line: a line break typed or pasted into a name, a title or an address becomes a
 * space, so that it cannot start a new header in an email or a new line in a log.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLine {}
