package com.weeklygraphql.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets of an item's text around a query's matches, by Lucene's UnifiedHighlighter: a passage is a line
 * (a paragraph, a list item, a title), cut short around its first match by {@link SnippetFormatter}. Offsets
 * come from analysing the stored text again rather than from the index, which stays smaller (offsets in the
 * postings measured +29%); snippets cost several times the ranking of a page (docs/search.md). The text is read
 * from the stored field and highlighted without the index's readers, which concurrent requests share.
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
        try {
            String[] values = searcher.storedFields().document(docId, Set.of(TextAnalysis.TEXT)).getValues(TextAnalysis.TEXT);
            if (values.length == 0) {
                return List.of();
            }
            // Without the searcher: the highlighter's own per-document reader over the shared index would register
            // itself with that index's segment (a synchronized set), which serialised every search under load.
            UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer)
                    .withFormatter(new SnippetFormatter())
                    .withBreakIterator(() -> new CustomSeparatorBreakIterator('\n'))
                    .withMaxLength(MAX_TEXT)
                    .withMaxNoHighlightPassages(0)
                    .withHighlightPhrasesStrictly(true)
                    .withHandleMultiTermQuery(true)
                    .build();
            // One line per string of the item, as a reader sees them: a passage is one line of one string.
            Object snippets = highlighter.highlightWithoutSearcher(TextAnalysis.TEXT, query, String.join("\n", values), max);
            return snippets == null ? List.of() : List.copyOf((List<String>) snippets);
        } catch (IOException e) {
            throw new UncheckedIOException("reading an item's stored text for snippets", e);
        }
    }
}
