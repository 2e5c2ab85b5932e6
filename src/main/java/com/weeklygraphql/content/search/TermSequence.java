package com.weeklygraphql.content.search;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Terms at positions relative to the first: one term is a term query, several are a phrase.
 *
 * @param positions the position of each term, the first at 0
 */
record TermSequence(List<String> terms, List<Integer> positions) {

    TermSequence {
        if (terms.isEmpty() || terms.size() != positions.size()) {
            throw new IllegalArgumentException("a sequence needs one position per term, and a term");
        }
        terms = List.copyOf(terms);
        positions = List.copyOf(positions);
    }

    static TermSequence of(List<AnalyzedToken> tokens) {
        int first = tokens.get(0).position();
        return new TermSequence(tokens.stream().map(AnalyzedToken::term).toList(),
                tokens.stream().map(token -> token.position() - first).toList());
    }

    private static boolean isOneCjkCharacter(String term) {
        if (term.isEmpty() || term.codePointCount(0, term.length()) != 1) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(term.codePointAt(0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    static TermSequence consecutive(List<String> terms) {
        return new TermSequence(terms, IntStream.range(0, terms.size()).boxed().toList());
    }

    /** Each term on its own. */
    List<TermSequence> eachTerm() {
        return terms.stream().distinct().map(term -> consecutive(List.of(term))).toList();
    }

    /** Where every term must be, at its position; a lone Han character anywhere in a token. */
    Query query(String field) {
        if (terms.size() == 1) {
            String term = terms.get(0);
            return isOneCjkCharacter(term) ? HanCharacter.anyTokenHolding(field, term)
                    : new TermQuery(new Term(field, term));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            phrase.add(new Term(field, terms.get(i)), positions.get(i));
        }
        return phrase.build();
    }
}
