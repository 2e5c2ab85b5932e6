package com.weeklygraphql.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets of an item's text around a query's matches, by Lucene's UnifiedHighlighter. Offsets come from
 * analysing the stored text again rather than from the index: the index stays smaller and faster to build,
 * and a page of twenty results costs a few milliseconds (docs/search.md).
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
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
                .withMaxLength(MAX_TEXT)
                .withMaxNoHighlightPassages(0)
                .withHighlightPhrasesStrictly(true);
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
    }
}
