package com.weeklygraphql.content.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The query for a run of Han text typed without spaces. Up to three characters (two bigrams) it is a phrase:
 * those characters in that order. A longer run is cut into words by Lucene's SmartChineseAnalyzer, each
 * word looked for as its bigrams, and an item must hold half of the words of two characters or more
 * ({@link FieldQueries#loose}); one-character words are mostly particles (的, 吗, 和), which the phrase bonus
 * of the whole run still rewards. The other {@link HanMatching} variants, kept for measuring, are here too.
 */
final class HanRunQuery {

    /** From this many bigrams on (four characters), a run need not match whole. */
    static final int LOOSE_FROM_PARTS = 3;

    private final Analyzer analyzer;
    private final HanMatching han;
    /** Cuts a query's Han text into words; only ever sees a few characters, so its cost does not matter. */
    private final Analyzer wordSegmenter;

    HanRunQuery(Analyzer queryAnalyzer, HanMatching han) {
        this.analyzer = queryAnalyzer;
        this.han = han;
        this.wordSegmenter = han.segmentsQueries() ? new SmartChineseAnalyzer() : null;
    }

    /**
     * @param tokens the run's bigrams (or its one character), as the query analysis gives them
     * @param source the characters they cover
     */
    Query of(List<AnalyzedToken> tokens, String source) {
        TermSequence whole = TermSequence.of(tokens);
        if (whole.terms().size() < LOOSE_FROM_PARTS) {
            return FieldQueries.weighted(TextAnalysis.TEXT, TextAnalysis.TITLE, whole);
        }
        Query byBigrams = FieldQueries.loose(TextAnalysis.TEXT, TextAnalysis.TITLE, whole.eachTerm(), whole);
        if (!han.segmentsQueries()) {
            return byBigrams;
        }
        List<String> words = AnalyzedToken.analyse(wordSegmenter, TextAnalysis.TEXT_WORDS, source).stream()
                .map(AnalyzedToken::term).toList();
        if (words.isEmpty()) {
            return byBigrams;
        }
        if (han == HanMatching.QUERY_WORDS) {
            List<TermSequence> wordsAsBigrams = words.stream()
                    .filter(word -> word.codePointCount(0, word.length()) > 1)
                    .map(word -> AnalyzedToken.analyse(analyzer, TextAnalysis.TEXT, word))
                    .filter(wordTokens -> !wordTokens.isEmpty())
                    .map(TermSequence::of)
                    .toList();
            return wordsAsBigrams.isEmpty() ? byBigrams
                    : FieldQueries.loose(TextAnalysis.TEXT, TextAnalysis.TITLE, wordsAsBigrams, whole);
        }
        TermSequence wordSequence = TermSequence.consecutive(words);
        Query byWords = wordSequence.terms().size() < LOOSE_FROM_PARTS
                ? FieldQueries.weighted(TextAnalysis.TEXT_WORDS, TextAnalysis.TITLE_WORDS, wordSequence)
                : FieldQueries.loose(TextAnalysis.TEXT_WORDS, TextAnalysis.TITLE_WORDS, wordSequence.eachTerm(),
                        wordSequence);
        if (han == HanMatching.WORDS) {
            return byWords;
        }
        return new BooleanQuery.Builder()
                .add(byBigrams, Occur.SHOULD)
                .add(byWords, Occur.SHOULD)
                .build();
    }
}
