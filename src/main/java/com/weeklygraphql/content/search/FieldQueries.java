package com.weeklygraphql.content.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** The two shapes every part of a ranked query takes: whole in the text, or a share of its parts. */
final class FieldQueries {

    /** A match in the title adds this many times its title score. */
    static final float TITLE_BOOST = 2f;
    /** The share of a long run's parts an item must hold. */
    static final float LOOSE_SHARE = 0.5f;

    private FieldQueries() {
    }

    /** The terms must be in the text (at their positions); in the title they score more. */
    static Query weighted(String textField, String titleField, TermSequence terms) {
        return new BooleanQuery.Builder()
                .add(terms.query(textField), Occur.MUST)
                .add(new BoostQuery(terms.query(titleField), TITLE_BOOST), Occur.SHOULD)
                .build();
    }

    /**
     * What rewards holding the run as written, among items holding one of its parts. Where the parts are words,
     * the pairs of characters where they meet ("册中" in "注册|中心") are held almost only where the words are side by
     * side, and are looked up as terms: checking the positions of the whole run, nearly every item holding a
     * common word had to be read twice. A run whose parts leave no such pair is looked for whole.
     */
    private static Query asWritten(String textField, List<TermSequence> parts, TermSequence whole) {
        Set<String> inParts = new HashSet<>();
        parts.forEach(part -> inParts.addAll(part.terms()));
        List<String> joins = whole.terms().stream().filter(term -> !inParts.contains(term)).distinct().toList();
        if (joins.isEmpty() || parts.size() < 2) {
            return whole.query(textField);
        }
        BooleanQuery.Builder anyPart = new BooleanQuery.Builder();
        parts.forEach(part -> anyPart.add(part.query(textField), Occur.SHOULD));
        BooleanQuery.Builder joined = new BooleanQuery.Builder().add(anyPart.build(), Occur.FILTER);
        joins.forEach(join -> joined.add(new TermQuery(new Term(textField, join)), Occur.MUST));
        return joined.build();
    }

    /**
     * Text longer than a word, often a whole question ("回滚失败怎么告警"): an item must hold
     * {@link #LOOSE_SHARE} of its parts (pairs of characters, or words), and scores more for holding the whole
     * run as written and for parts in its title.
     */
    static Query loose(String textField, String titleField, List<TermSequence> parts, TermSequence whole) {
        int least = (int) Math.ceil(LOOSE_SHARE * parts.size());
        if (least <= 1) {
            // Any one part will do, so every clause can sit in one flat disjunction, which matches the same items
            // with the same scores (the whole run and the title imply a part in the text) and skips far more.
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (TermSequence part : parts) {
                any.add(part.query(textField), Occur.SHOULD);
            }
            any.add(new ScoreOnlyQuery(asWritten(textField, parts, whole)), Occur.SHOULD);
            for (TermSequence part : parts) {
                any.add(new ScoreOnlyQuery(new BoostQuery(part.query(titleField), TITLE_BOOST)), Occur.SHOULD);
            }
            return any.build();
        }
        BooleanQuery.Builder some = new BooleanQuery.Builder();
        BooleanQuery.Builder someInTitle = new BooleanQuery.Builder();
        for (TermSequence part : parts) {
            some.add(part.query(textField), Occur.SHOULD);
            someInTitle.add(part.query(titleField), Occur.SHOULD);
        }
        some.setMinimumNumberShouldMatch(least);
        return new BooleanQuery.Builder()
                .add(some.build(), Occur.MUST)
                .add(whole.query(textField), Occur.SHOULD)
                .add(new BoostQuery(someInTitle.build(), TITLE_BOOST), Occur.SHOULD)
                .build();
    }
}
