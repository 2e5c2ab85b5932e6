package com.weeklygraphql.content.search;

/**
 * How Han text, written without spaces between words, is matched. The four were measured against the same
 * relevance judgements and for indexing speed (docs/search.md); {@link #QUERY_WORDS} is what the service uses.
 */
enum HanMatching {
    /** Overlapping pairs of characters, in the index and in queries. */
    BIGRAMS,
    /** Words cut by Lucene's SmartChineseAnalyzer (a dictionary and a hidden Markov model), in both. */
    WORDS,
    /** Both indexed; a query matches on either, scores added. */
    BOTH,
    /**
     * Pairs of characters in the index; a query's Han text is cut into words, each looked for as its pairs.
     * Word segmentation where it is cheap (a query is a few characters) and pairs where volume is (the index).
     */
    QUERY_WORDS;

    /** Whether the index holds a word-segmented copy of the text. */
    boolean indexesWords() {
        return this == WORDS || this == BOTH;
    }

    /** Whether a query's Han text is cut into words. */
    boolean segmentsQueries() {
        return this != BIGRAMS;
    }
}
