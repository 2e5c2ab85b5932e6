package com.weeklygraphql.content.search;

import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Versions are written "v1.3.10", "1.3.10" and "1.3.8v" for the same thing. In the index, a version token
 * with a {@code v} is followed, at the same position, by the bare version; the written form is kept, so that
 * the text filter still finds every character. In a query the bare version replaces the written one, so
 * that "v1.3.10" and "1.3.10" both find every way of writing it.
 */
final class VersionWithoutV extends TokenFilter {

    private static final Pattern WITH_V = Pattern.compile("v\\d+(?:\\.\\d+)+|\\d+(?:\\.\\d+)+v");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final boolean keepWritten;
    private String pending;

    VersionWithoutV(TokenStream input, boolean keepWritten) {
        super(input);
        this.keepWritten = keepWritten;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            term.setEmpty().append(pending);
            increment.setPositionIncrement(0);
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() > 3 && (term.charAt(0) == 'v' || term.charAt(term.length() - 1) == 'v')
                && WITH_V.matcher(term).matches()) {
            String bare = term.charAt(0) == 'v'
                    ? term.subSequence(1, term.length()).toString()
                    : term.subSequence(0, term.length() - 1).toString();
            if (keepWritten) {
                pending = bare;
            } else {
                term.setEmpty().append(bare);
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
