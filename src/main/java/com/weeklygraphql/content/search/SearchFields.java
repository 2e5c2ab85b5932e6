package com.weeklygraphql.content.search;

import com.weeklygraphql.content.project.ProjectCatalogue;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The text side of the content index, for one project catalogue: the fields an item's text becomes, the
 * analyzer that fills them, the ranked query for {@code search(query:)}, the exact {@code text} filter, and
 * highlighted snippets. Thread-safe; build one per catalogue and share it.
 *
 * <p>The content index owns the structural fields ({@code kind}, {@code id}, {@code issue}, {@code day},
 * ...), which {@link #analyzer()} leaves whole; this class adds {@value TextAnalysis#TEXT} (every string of
 * the item, stored) and {@value TextAnalysis#TITLE} (the title again, so that it weighs more).
 */
public final class SearchFields {

    private static final FieldType TEXT_TYPE = textType(true);
    private static final FieldType INDEXED_ONLY = textType(false);

    private final HanMatching han;
    private final Analyzer indexAnalyzer;
    private final RankedQueryBuilder ranked;
    private final Snippets snippets;

    public SearchFields(ProjectCatalogue catalogue) {
        this(catalogue, HanMatching.QUERY_WORDS);
    }

    SearchFields(ProjectCatalogue catalogue, HanMatching han) {
        this.han = han;
        this.indexAnalyzer = TextAnalysis.indexAnalyzer(han);
        Analyzer queryAnalyzer = TextAnalysis.queryAnalyzer(han);
        this.ranked = new RankedQueryBuilder(queryAnalyzer, han, new ProjectSpellings(catalogue, queryAnalyzer));
        this.snippets = new Snippets(indexAnalyzer);
    }

    /**
     * The analyzer for the index writer: this class's fields analysed, every field it does not name left
     * whole (as a {@code KeywordAnalyzer} leaves it).
     */
    public Analyzer analyzer() {
        return indexAnalyzer;
    }

    /** Adds the item's text fields to its document. */
    public void addTo(Document doc, ItemText text) {
        if (!text.title().isEmpty()) {
            doc.add(new Field(TextAnalysis.TEXT, text.title(), TEXT_TYPE));
            doc.add(new Field(TextAnalysis.TITLE, text.title(), INDEXED_ONLY));
        }
        for (String body : text.body()) {
            doc.add(new Field(TextAnalysis.TEXT, body, TEXT_TYPE));
        }
        if (han.indexesWords()) {
            if (!text.title().isEmpty()) {
                doc.add(new Field(TextAnalysis.TEXT_WORDS, text.title(), INDEXED_ONLY));
                doc.add(new Field(TextAnalysis.TITLE_WORDS, text.title(), INDEXED_ONLY));
            }
            for (String body : text.body()) {
                doc.add(new Field(TextAnalysis.TEXT_WORDS, body, INDEXED_ONLY));
            }
        }
    }

    /**
     * The ranked (BM25) query for what a person typed: words (all must match), {@code "phrases"},
     * {@code -word} to exclude, {@code a OR b}. Sort its hits by score, then newest first.
     *
     * @throws InvalidSearchQueryException when the query cannot be read, with a message saying what to change
     */
    public Query search(String userQuery) {
        return ranked.build(UserQuery.parse(userQuery));
    }

    /**
     * The {@code text} filter: items one of whose strings contains {@code text}, case-insensitively; exact,
     * as a scan of every string would answer, and answered from the index. Scores nothing.
     */
    public Query textFilter(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("a text filter needs a non-empty text");
        }
        return new SubstringQuery(text);
    }

    /**
     * Up to {@code max} short snippets of the item's text around the query's matches: matches wrapped in
     * {@code <mark>}, everything else HTML-escaped. Empty when the query matches none of its text.
     */
    public List<String> highlights(IndexSearcher searcher, Query query, int docId, int max) {
        return snippets.of(searcher, query, docId, max);
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }
}
