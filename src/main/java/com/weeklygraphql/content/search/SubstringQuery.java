package com.weeklygraphql.content.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The {@code text} filter: items one of whose strings contains the needle, case-insensitively, exactly as a
 * scan would answer. The index proposes candidates ({@link SubstringPrefilter}, a superset) and each
 * candidate is confirmed against its stored strings, as the second phase of a {@link TwoPhaseIterator}:
 * combined with other filters, Lucene confirms only the items that pass those, so counts and pages are exact
 * and the cost follows the candidates, not the archive.
 */
final class SubstringQuery extends Query {

    /** Reading and searching an item's stored text costs far more than stepping through postings. */
    private static final float VERIFY_COST = 10_000f;

    private final String needle;
    private final SubstringPrefilter candidates;

    SubstringQuery(String needle) {
        this.needle = Objects.requireNonNull(needle, "needle");
        this.candidates = SubstringPrefilter.of(needle);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight candidateWeight = searcher.createWeight(searcher.rewrite(candidates.query()),
                ScoreMode.COMPLETE_NO_SCORES, 1f);
        CaseInsensitiveNeedle match = new CaseInsensitiveNeedle(needle);
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer candidateScorer = candidateWeight.scorer(context);
                if (candidateScorer == null) {
                    return null;
                }
                DocIdSetIterator approximation = candidateScorer.iterator();
                if (candidates.exact()) {
                    return new ConstantScoreScorer(this, score(), scoreMode, approximation);
                }
                StoredFields stored = context.reader().storedFields();
                TwoPhaseIterator verified = new TwoPhaseIterator(approximation) {
                    @Override
                    public boolean matches() throws IOException {
                        TextVisitor visitor = new TextVisitor(match);
                        stored.document(approximation.docID(), visitor);
                        return visitor.found;
                    }

                    @Override
                    public float matchCost() {
                        return VERIFY_COST;
                    }
                };
                return new ConstantScoreScorer(this, score(), scoreMode, verified);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return candidateWeight.isCacheable(context);
            }
        };
    }

    /** Reads the item's strings until one contains the needle. */
    private static final class TextVisitor extends StoredFieldVisitor {

        private final CaseInsensitiveNeedle match;
        private boolean found;

        TextVisitor(CaseInsensitiveNeedle match) {
            this.match = match;
        }

        @Override
        public Status needsField(FieldInfo fieldInfo) {
            if (found) {
                return Status.STOP;
            }
            return TextAnalysis.TEXT.equals(fieldInfo.name) ? Status.YES : Status.NO;
        }

        @Override
        public void stringField(FieldInfo fieldInfo, String value) {
            found = found || match.foundIn(value);
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(TextAnalysis.TEXT)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String field) {
        return TextAnalysis.TEXT + " contains \"" + needle + "\"";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && needle.equals(((SubstringQuery) other).needle);
    }

    @Override
    public int hashCode() {
        return classHash() ^ needle.hashCode();
    }
}
