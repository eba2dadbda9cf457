package org.scrutiny.shared;

/** A record asked for by id does not exist; the web layer answers 404. */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
