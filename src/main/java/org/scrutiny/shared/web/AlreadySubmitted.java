package org.scrutiny.shared.web;

/** A form was sent again with the one-time token of a sending that has already been handled. */
public class AlreadySubmitted extends RuntimeException {

    public AlreadySubmitted() {
        super("This form has already been sent");
    }
}
