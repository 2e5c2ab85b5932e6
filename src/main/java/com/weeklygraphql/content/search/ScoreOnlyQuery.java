package com.weeklygraphql.content.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A clause of a disjunction that only adds to the score: every item it matches, another clause of the same
 * disjunction matches too (a run's words in the text, where this is the whole run, or the words in the title).
 * Where nothing is scored (a {@code totalCount}, a filter) it matches nothing, so counting walks the other
 * clauses alone instead of also walking clauses that cannot add a match.
 */
final class ScoreOnlyQuery extends Query {

    private final Query scoring;

    ScoreOnlyQuery(Query scoring) {
        this.scoring = scoring;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        return scoreMode.needsScores() ? scoring.createWeight(searcher, scoreMode, boost)
                : new MatchNoDocsQuery("only scores").createWeight(searcher, scoreMode, boost);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = scoring.rewrite(searcher);
        return rewritten == scoring ? this : new ScoreOnlyQuery(rewritten);
    }

    /**
     * Shows nothing of the clause: what it rewards, the clauses that match mark already, and its own terms would
     * mark text they do not stand for (the pair "册中" of 注册|中心 in "手册中").
     */
    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "scoreOnly(" + scoring.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && scoring.equals(((ScoreOnlyQuery) other).scoring);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + scoring.hashCode();
    }
}
