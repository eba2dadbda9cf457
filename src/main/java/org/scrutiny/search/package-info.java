/**
 * Search of everything the panel has published, on Hibernate Search (Lucene in the application by
 * default). Modules offer what they publish as {@link org.scrutiny.search.SearchEntry entries}
 * through {@link org.scrutiny.search.SearchSources}; this module keeps a table of them, which
 * Hibernate Search indexes as it commits, and brings it up to date whenever the record changes.
 * Only published, public things are offered: never drafts, exempt papers, complaints, or the
 * personal data of a member of the public.
 */
@ApplicationModule(displayName = "Search")
package org.scrutiny.search;

import org.springframework.modulith.ApplicationModule;
