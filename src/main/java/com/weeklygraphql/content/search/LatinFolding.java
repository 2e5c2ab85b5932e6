package com.weeklygraphql.content.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Folds accents and other Latin variants to ASCII, as {@link ASCIIFoldingFilter} does, but looks only at tokens
 * that can hold such letters: a Han, kana or Hangul character never folds, and most of the archive's characters
 * are Han, so passing them through the folding table (the costliest step of indexing) is skipped.
 */
final class LatinFolding extends TokenFilter {

    private static final String[] NEVER_FOLDED = {
        StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC],
        StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA],
        StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA],
        StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL],
    };

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private char[] folded = new char[64];

    LatinFolding(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (neverFolded(type.type())) {
            return true;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= '\u0080') {
                // A folded character may become up to four: room for the worst case.
                folded = ArrayUtil.grow(folded, 4 * length);
                int foldedLength = ASCIIFoldingFilter.foldToASCII(buffer, 0, folded, 0, length);
                term.copyBuffer(folded, 0, foldedLength);
                return true;
            }
        }
        return true;
    }

    // Token types are interned constants of the tokenizer: compared by identity first.
    private static boolean neverFolded(String tokenType) {
        for (String cjk : NEVER_FOLDED) {
            if (cjk == tokenType || cjk.equals(tokenType)) {
                return true;
            }
        }
        return false;
    }
}
