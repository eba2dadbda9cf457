package org.scrutiny.shared;

/** Someone else saved the record after the form was opened: the edit is refused, not merged. */
public class StaleRecordException extends RuntimeException {

    public StaleRecordException() {
        super("Someone else changed this record while you were editing it. Your changes have not been saved:"
                + " check the current details below and make your changes again.");
    }

    public static void check(long expectedVersion, long actualVersion) {
        if (expectedVersion != actualVersion) {
            throw new StaleRecordException();
        }
    }
}
