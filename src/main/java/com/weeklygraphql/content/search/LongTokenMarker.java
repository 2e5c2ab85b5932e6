package com.weeklygraphql.content.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Marks a document whose text holds a word longer than the tokenizer keeps whole. Such a word is cut into
 * pieces, and a text filter needle that straddles a cut would be in no single token; the text filter
 * therefore lets marked documents through to its verification (see {@link SubstringPrefilter}).
 */
final class LongTokenMarker extends TokenFilter {

    /** Longer words are cut by the tokenizer (Lucene's default length). */
    static final int MAX_TOKEN_LENGTH = 255;
    /** A term no text produces: the tokenizer never emits control characters. */
    static final String MARK = "\u0001long";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private boolean markPending;

    LongTokenMarker(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (markPending) {
            markPending = false;
            term.setEmpty().append(MARK);
            increment.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        markPending = term.length() >= MAX_TOKEN_LENGTH;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        markPending = false;
    }
}
