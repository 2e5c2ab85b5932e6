package com.weeklygraphql.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * One token of an analysed query string.
 *
 * @param position absolute position in the analysed string, from 0
 * @param start offset of the token's first character in the string
 * @param end offset after its last character
 * @param cjk a Han (or kana, Hangul) single character or pair, as opposed to a Latin word or number
 */
record AnalyzedToken(String term, int position, int start, int end, boolean cjk) {

    static List<AnalyzedToken> analyse(Analyzer analyzer, String field, String text) {
        List<AnalyzedToken> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                boolean cjk = CJKBigramFilter.DOUBLE_TYPE.equals(type.type())
                        || CJKBigramFilter.SINGLE_TYPE.equals(type.type());
                tokens.add(new AnalyzedToken(term.toString(), Math.max(position, 0), offset.startOffset(),
                        offset.endOffset(), cjk));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string in memory", e);
        }
        return tokens;
    }
}
