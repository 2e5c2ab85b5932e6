package com.weeklygraphql.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets of an item's text around a query's matches, by Lucene's UnifiedHighlighter: a passage is a line
 * (a paragraph, a list item, a title), cut short around its first match by {@link SnippetFormatter}. Offsets
 * come from analysing the stored text again rather than from the index, which stays smaller (offsets in the
 * postings measured +29%); snippets cost several times the ranking of a page (docs/search.md).
 */
final class Snippets {

    /** Longest stretch of an item's text looked at for matches. */
    static final int MAX_TEXT = 100_000;

    private final Analyzer indexAnalyzer;

    Snippets(Analyzer indexAnalyzer) {
        this.indexAnalyzer = indexAnalyzer;
    }

    @SuppressWarnings("unchecked")
    List<String> of(IndexSearcher searcher, Query query, int docId, int max) {
        if (max <= 0) {
            return List.of();
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new SnippetFormatter())
                .withBreakIterator(() -> new CustomSeparatorBreakIterator('\n'))
                .withMaxLength(MAX_TEXT)
                .withMaxNoHighlightPassages(0)
                .withHighlightPhrasesStrictly(true)
                .withHandleMultiTermQuery(true);
        try {
            Object[] perDoc = new SnippetHighlighter(builder).highlight(query, docId, max);
            return perDoc == null || perDoc[0] == null ? List.of() : List.copyOf((List<String>) perDoc[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("reading an item's stored text for snippets", e);
        }
    }

    /** Opens up the highlighter's object-returning entry point, so that a snippet list needs no parsing. */
    private static final class SnippetHighlighter extends UnifiedHighlighter {

        SnippetHighlighter(Builder builder) {
            super(builder);
        }

        Object[] highlight(Query query, int docId, int max) throws IOException {
            return highlightFieldsAsObjects(new String[] {TextAnalysis.TEXT}, query, new int[] {docId},
                    new int[] {max}).get(TextAnalysis.TEXT);
        }

        /**
         * An item's strings, joined by a line break rather than the highlighter's NUL (same length, so offsets
         * hold): a passage is then one line of one string, as a reader sees them.
         */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> loaded = super.loadFieldValues(fields, docIter, cacheCharsThreshold);
            for (CharSequence[] values : loaded) {
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null) {
                        values[i] = values[i].toString().replace(MULTIVAL_SEP_CHAR, '\n');
                    }
                }
            }
            return loaded;
        }
    }
}
