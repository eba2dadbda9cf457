package org.scrutiny.search;

import java.util.List;

/**
 * What a module publishes, for the site's search. Adding a kind of thing to the search is one
 * implementation of this interface in the module that owns it: everything it returns is public,
 * and whatever it stops returning (a withdrawn paper) leaves the index.
 */
public interface SearchSources {

    /** Every public thing of this module as it stands now. */
    List<SearchEntry> entries();
}
