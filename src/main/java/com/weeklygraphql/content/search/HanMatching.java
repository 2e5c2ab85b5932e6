package com.weeklygraphql.content.search;

/**
 * How Han text, written without spaces between words, is matched. The three were measured against the same
 * relevance judgements (docs/search.md); {@link #BIGRAMS} is what the service uses.
 */
enum HanMatching {
    /** Overlapping pairs of characters: every word is found, at the cost of some pairs across word edges. */
    BIGRAMS,
    /** Words cut by Lucene's SmartChineseAnalyzer (a dictionary and a hidden Markov model). */
    WORDS,
    /** Either: both are indexed and a query matches on either, scores added. */
    BOTH;

    boolean usesBigrams() {
        return this != WORDS;
    }

    boolean usesWords() {
        return this != BIGRAMS;
    }
}
