package org.scrutiny.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What has newly entered the search and matches a person's words, for saved searches: the words
 * are read as the search page reads them (phrases in quotes, a minus before a word to leave it out).
 */
public interface NewMatches {

    /** A document that matches: its site-wide key, what it is, and where. */
    record Match(String key, String kind, String title, String href, LocalDate day, Instant firstIndexedAt) {}

    /**
     * The documents that match {@code words} and first entered the search at or after
     * {@code since}, the earliest first, at most {@code most}; none for words the search cannot read.
     */
    List<Match> since(String words, Instant since, int most);
}
