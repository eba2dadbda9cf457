package org.scrutiny.opendata;

import java.util.List;

/**
 * What a module publishes, for the open data. Adding a kind of thing is one implementation of this
 * interface in the module that owns it: everything it returns is public, and whatever it stops
 * returning (a withdrawn or deleted agenda item) is served from then on as deleted.
 */
public interface OpenDataSources {

    /** Every public object (and extension of one) of this module as it stands now. */
    List<OParlObject> objects();
}
