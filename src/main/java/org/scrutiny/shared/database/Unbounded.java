package org.scrutiny.shared.database;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field that no person types, such as the text read out of an uploaded paper, and that
 * may therefore be longer than the limit {@link ColumnLengths} puts on typed text.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Unbounded {}
