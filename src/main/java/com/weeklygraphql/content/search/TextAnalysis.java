package com.weeklygraphql.content.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The fields this package adds to an item's document and the analysis of each.
 *
 * <p>{@link #TEXT} holds every string of the item (title first), one value each: it is what search matches,
 * what the {@code text} filter narrows with and verifies against (it is stored), and what snippets are cut
 * from. {@link #TITLE} repeats the title so that a match there can weigh more. Both use one chain: Unicode
 * word breaks, full-width forms folded, lower case, accents folded, versions also indexed without their
 * {@code v}, then Han (and kana, Hangul) characters as overlapping bigrams, a character with no Han
 * neighbour staying a token of its own. Queries use the same chain, so Han text in a query is looked for as
 * bigrams at consecutive positions ({@link HanRunQuery} decides how strictly), and one character on
 * its own as any token holding it ({@link HanCharacter}).
 */
final class TextAnalysis {

    static final String TEXT = "search_text";
    static final String TITLE = "search_title";
    /** Word-segmented copies, indexed only when Han text is matched by words. */
    static final String TEXT_WORDS = "search_text_words";
    static final String TITLE_WORDS = "search_title_words";

    /** Keeps a phrase from matching across two of an item's strings. */
    static final int POSITION_GAP = 100;

    private static final int ALL_SCRIPTS = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
            | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;

    private TextAnalysis() {
    }

    /** What the index writer uses: our fields analysed, every other field left whole. */
    static Analyzer indexAnalyzer(HanMatching han) {
        Analyzer text = new Chain(true);
        return fieldsAnalyzer(han, text);
    }

    /** What queries are analysed with. */
    static Analyzer queryAnalyzer(HanMatching han) {
        return fieldsAnalyzer(han, new Chain(false));
    }

    private static Analyzer fieldsAnalyzer(HanMatching han, Analyzer text) {
        if (!han.indexesWords()) {
            return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(TEXT, text, TITLE, text));
        }
        Analyzer words = new SmartChineseAnalyzer();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
                Map.of(TEXT, text, TITLE, text, TEXT_WORDS, words, TITLE_WORDS, words));
    }

    /** The chain of {@link #TEXT} and {@link #TITLE}; at index time it also marks long words and keeps versions as written. */
    static final class Chain extends Analyzer {

        private final boolean indexing;

        Chain(boolean indexing) {
            this.indexing = indexing;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            tokenizer.setMaxTokenLength(LongTokenMarker.MAX_TOKEN_LENGTH);
            TokenStream stream = new CJKWidthFilter(tokenizer);
            stream = new LowerCaseFilter(stream);
            stream = new LatinFolding(stream);
            if (indexing) {
                stream = new LongTokenMarker(stream);
            }
            stream = new VersionWithoutV(stream, indexing);
            // Pairs only: a character standing alone stays a token, any other is found in its pairs
            // (HanCharacter). Single characters as well would add a token per Han character (docs/search.md).
            stream = new CJKBigramFilter(stream, ALL_SCRIPTS, false);
            return new TokenStreamComponents((Tokenizer) tokenizer, stream);
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return POSITION_GAP;
        }
    }
}
