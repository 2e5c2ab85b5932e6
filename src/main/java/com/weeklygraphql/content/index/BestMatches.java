package com.weeklygraphql.content.index;

import static com.weeklygraphql.content.index.IndexFields.DAY;
import static com.weeklygraphql.content.index.IndexFields.ID;
import static com.weeklygraphql.content.index.IndexFields.INSTANT;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * The first page of a ranked search: the best-scoring matches, newest first among equal scores, as a search
 * sorted by {@link ItemQueries#relevance()} would answer, but letting the scorers skip what cannot make the page.
 *
 * <p>A sort on score then date must look at every match that equals the page's lowest score, and equal scores
 * are common: an item repeated across the archive, short items with the same few words. The index is sorted
 * newest first ({@link ContentIndex}), so within a segment "newest first on ties" is "lower document first on
 * ties", which is how Lucene's score-only collector breaks them: once its page is full it asks only for scores
 * above the lowest, and the scorers skip every block that cannot beat it. Each segment gives its own best page
 * that way; the pages are then merged by (score, day, instant, id).
 */
public final class BestMatches {

    /** Hits (as this class and {@link #after} give them) in ranking order: score, then day, instant and id, all descending. */
    public static final Comparator<FieldDoc> RELEVANCE = Comparator.<FieldDoc, Float>comparing(hit -> (Float) hit.fields[0])
            .thenComparing(hit -> (Long) hit.fields[1])
            .thenComparing(hit -> (Long) hit.fields[2])
            .thenComparing(hit -> (BytesRef) hit.fields[3])
            .reversed();

    private BestMatches() {
    }

    /**
     * The {@code count} best matches of {@code query}, each with the values a search sorted by
     * {@link ItemQueries#relevance()} gives it: (score, epoch day, epoch milliseconds, id).
     */
    public static List<FieldDoc> of(IndexSearcher searcher, Query query, int count) throws IOException {
        if (count <= 0) {
            return List.of();
        }
        if (!everySegmentNewestFirst(searcher)) {
            return after(searcher, query, null, count);
        }
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
        // Slices are ranked side by side when the searcher has threads (segments are independent here), in turn when not.
        List<Callable<List<FieldDoc>>> slices = new ArrayList<>();
        for (IndexSearcher.LeafSlice slice : searcher.getSlices()) {
            slices.add(() -> bestOf(weight, slice.leaves, count));
        }
        List<FieldDoc> candidates = new ArrayList<>();
        for (List<FieldDoc> best : searcher.getTaskExecutor().invokeAll(slices)) {
            candidates.addAll(best);
        }
        candidates.sort(RELEVANCE);
        return candidates.size() > count ? List.copyOf(candidates.subList(0, count)) : candidates;
    }

    // Each segment's own best page, from a collector of its own: its ties are broken by document order, which within
    // a segment is newest first.
    private static List<FieldDoc> bestOf(Weight weight, LeafReaderContext[] leaves, int count) throws IOException {
        List<FieldDoc> best = new ArrayList<>();
        for (LeafReaderContext leaf : leaves) {
            BulkScorer scorer = weight.bulkScorer(leaf);
            if (scorer == null) {
                continue;
            }
            TopScoreDocCollector collector = new TopScoreDocCollectorManager(count, null, count).newCollector();
            LeafCollector leafCollector = collector.getLeafCollector(leaf);
            try {
                scorer.score(leafCollector, leaf.reader().getLiveDocs());
            } catch (CollectionTerminatedException done) {
                // the collector needs no more of this segment
            }
            leafCollector.finish();
            best.addAll(withSortValues(leaf, collector.topDocs().scoreDocs));
        }
        return best;
    }

    // An index written before it was sorted (or by other code) gets the sorted search: slower, as exact.
    private static boolean everySegmentNewestFirst(IndexSearcher searcher) {
        return searcher.getIndexReader().leaves().stream()
                .allMatch(leaf -> ItemQueries.order(true).equals(leaf.reader().getMetaData().getSort()));
    }

    /**
     * The {@code count} matches ranked after {@code place} (null: from the top) by a search sorted on every match:
     * the pages past the first, and any index not sorted newest first.
     */
    public static List<FieldDoc> after(IndexSearcher searcher, Query query, FieldDoc place, int count) throws IOException {
        ScoreDoc[] hits = searcher.search(query, new TopFieldCollectorManager(ItemQueries.relevance(), count, place, count))
                .scoreDocs;
        return Arrays.stream(hits).map(FieldDoc.class::cast).toList();
    }

    // The hits come in document order of one segment, as doc values are read.
    private static List<FieldDoc> withSortValues(LeafReaderContext leaf, ScoreDoc[] hits) throws IOException {
        NumericDocValues days = DocValues.getNumeric(leaf.reader(), DAY);
        NumericDocValues instants = DocValues.getNumeric(leaf.reader(), INSTANT);
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), ID);
        List<ScoreDoc> inDocOrder = new ArrayList<>(List.of(hits));
        inDocOrder.sort(Comparator.comparingInt(hit -> hit.doc));
        List<FieldDoc> withValues = new ArrayList<>(hits.length);
        for (ScoreDoc hit : inDocOrder) {
            int doc = hit.doc - leaf.docBase;
            Long day = days.advanceExact(doc) ? days.longValue() : 0L;
            Long instant = instants.advanceExact(doc) ? instants.longValue() : 0L;
            BytesRef id = ids.advanceExact(doc) ? BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue())) : new BytesRef();
            withValues.add(new FieldDoc(hit.doc, hit.score, new Object[] {hit.score, day, instant, id}));
        }
        return withValues;
    }
}
