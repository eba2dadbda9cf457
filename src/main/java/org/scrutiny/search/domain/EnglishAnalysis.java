package org.scrutiny.search.domain;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * English text as a reader searches it: words split at their edges, lower case, accents folded
 * ("café" finds "cafe"), possessives and common stop words dropped, and each word reduced to its
 * stem ("policing" finds "police").
 */
public class EnglishAnalysis implements LuceneAnalysisConfigurer {

    public static final String ENGLISH = "english";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop")
                .tokenFilter("porterStem");
    }
}
