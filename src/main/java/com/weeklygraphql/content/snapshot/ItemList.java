package com.weeklygraphql.content.snapshot;

import com.weeklygraphql.content.index.IndexView;
import com.weeklygraphql.content.index.ItemKind;
import com.weeklygraphql.content.index.ItemQueries;
import com.weeklygraphql.content.project.ProjectCatalogue;
import com.weeklygraphql.content.search.SearchFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * The items of one kind in a snapshot, as lists: filtered, ordered by date, paged with cursors the way Relay
 * pages (cut at the cursors, then keep the first {@code first} and the last {@code last}). Every list is a query
 * on the snapshot's index view; nothing walks the archive.
 */
public final class ItemList<T> {

    private static final int BATCH = 1000;

    private final ItemKind kind;
    private final IndexView index;
    private final ProjectCatalogue catalogue;
    private final SearchFields text;

    ItemList(ItemKind kind, IndexView index, ProjectCatalogue catalogue, SearchFields text) {
        this.kind = kind;
        this.index = index;
        this.catalogue = catalogue;
        this.text = text;
    }

    /** A page of the items matching the filter. */
    public Page<T> page(ContentFilter filter, Order order, PageRequest request) {
        Query matching = FilterQueries.of(kind, filter, catalogue, text);
        boolean newestFirst = order == Order.NEWEST_FIRST;
        SortKey after = request.after() == null ? null : SortKey.fromCursor(request.after());
        SortKey before = request.before() == null ? null : SortKey.fromCursor(request.before());
        List<FieldDoc> hits;
        FieldDoc cutAfter = null;
        int fetched;
        // One hit more than the page holds says whether the window goes on: no query past the page's last item,
        // whose open-ended date range would cost as much as the archive is large.
        boolean moreInWindow = false;
        boolean fromTheEnd = request.first() == null && request.last() != null;
        Query window = and(and(matching, after == null ? null : beyond(after, true, false, newestFirst)),
                before == null ? null : beyond(before, false, false, newestFirst));
        if (fromTheEnd) {
            // The last items of the window: the first ones in the reverse order, turned around.
            hits = new ArrayList<>(top(window, !newestFirst, request.last()));
            fetched = hits.size();
            Collections.reverse(hits);
        } else {
            hits = top(window, newestFirst, request.effectiveFirst() + 1);
            moreInWindow = hits.size() > request.effectiveFirst();
            if (moreInWindow) {
                hits = hits.subList(0, request.effectiveFirst());
            }
            fetched = hits.size();
            if (request.last() != null && hits.size() > request.last()) {
                cutAfter = hits.get(hits.size() - 1);
                hits = hits.subList(hits.size() - request.last(), hits.size());
            }
        }
        List<T> items = new ArrayList<>(hits.size());
        List<String> cursors = new ArrayList<>(hits.size());
        for (FieldDoc hit : hits) {
            items.add(resolve(hit));
            cursors.add(SortKey.of(hit).toCursor());
        }
        boolean hasPrevious;
        boolean hasNext;
        if (hits.isEmpty() && cutAfter != null) {
            // 'last: 0' after 'first': the empty page stands right after the first items.
            hasPrevious = true;
            hasNext = index.exists(and(matching, beyond(SortKey.of(cutAfter), true, false, newestFirst)));
        } else if (!hits.isEmpty()) {
            // Known without asking the index: a page that starts the list has nothing before it, and one that came
            // up short of its size without a cursor bounding it has nothing after it.
            boolean startsTheList = after == null && (fromTheEnd ? fetched < request.last() : cutAfter == null);
            boolean endsTheList = before == null && (fromTheEnd || !moreInWindow);
            hasPrevious = !startsTheList
                    && index.exists(and(matching, beyond(SortKey.of(hits.get(0)), false, false, newestFirst)));
            hasNext = !endsTheList && (moreInWindow
                    || index.exists(and(matching, beyond(SortKey.of(hits.get(hits.size() - 1)), true, false, newestFirst))));
        } else {
            // An empty page stands at one place of the list: after 'after' (or, paging from the end, at 'before').
            boolean anyUpToAfter = after != null && index.exists(and(matching, beyond(after, false, true, newestFirst)));
            boolean anyPastAfter = after == null ? index.exists(matching)
                    : index.exists(and(matching, beyond(after, true, false, newestFirst)));
            if (fromTheEnd) {
                boolean anyBeforeBefore = before == null ? index.exists(matching)
                        : index.exists(and(matching, beyond(before, false, false, newestFirst)));
                boolean anyFromBefore = before != null && index.exists(and(matching, beyond(before, true, true, newestFirst)));
                hasPrevious = anyUpToAfter || anyBeforeBefore;
                hasNext = anyPastAfter && anyFromBefore;
            } else {
                hasPrevious = anyUpToAfter;
                hasNext = anyPastAfter;
            }
        }
        return new Page<>(items, cursors, hasPrevious, hasNext, () -> index.count(matching));
    }

    /** How many items match the filter. */
    public int count(ContentFilter filter) {
        return index.count(FilterQueries.of(kind, filter, catalogue, text));
    }

    /**
     * Every item matching the filter, in order, as a lazy stream that reads the index a batch at a time as it is
     * consumed: a download of every release never holds them all.
     */
    public Stream<T> stream(ContentFilter filter, Order order) {
        Query matching = FilterQueries.of(kind, filter, catalogue, text);
        boolean newestFirst = order == Order.NEWEST_FIRST;
        Iterator<List<FieldDoc>> batches = new Iterator<>() {
            private List<FieldDoc> next = top(matching, newestFirst, BATCH);

            @Override
            public boolean hasNext() {
                return !next.isEmpty();
            }

            @Override
            public List<FieldDoc> next() {
                List<FieldDoc> batch = next;
                next = batch.size() < BATCH ? List.of()
                        : top(and(matching, beyond(SortKey.of(batch.get(batch.size() - 1)), true, false, newestFirst)), newestFirst,
                                BATCH);
                return batch;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED), false)
                .flatMap(List::stream)
                .map(this::resolve);
    }

    /** Every item matching the filter, in order. */
    public List<T> all(ContentFilter filter, Order order) {
        return stream(filter, order).toList();
    }

    @SuppressWarnings("unchecked")
    private T resolve(ScoreDoc hit) {
        return (T) index.item(kind, hit.doc);
    }

    private static TopFieldCollectorManager firstOf(Sort sort, int count) {
        return new TopFieldCollectorManager(sort, count, null, count);
    }

    /**
     * The first {@code count} matches in list order (day, instant, id). Newest first is the index's own order, so
     * each segment gives its first {@code count} matches and stops, and only those have their ids compared. Oldest
     * first, the matches are ranked by day and instant alone, which compares numbers; the id is read only for the
     * items returned, ties among them are ordered by it, and the items that tie with the last place (those of one
     * issue, usually) are ranked again with their ids.
     */
    private List<FieldDoc> top(Query query, boolean newestFirst, int count) {
        if (count <= 0) {
            return List.of();
        }
        try {
            IndexSearcher searcher = index.searcher();
            if (newestFirst) {
                return Arrays.stream(searcher.search(query, firstOf(ItemQueries.order(true), count)).scoreDocs)
                        .map(FieldDoc.class::cast).toList();
            }
            // Counting nothing beyond the page lets the dates' points skip what cannot make it.
            ScoreDoc[] ranked = searcher.search(query, firstOf(ItemQueries.dayAndInstant(newestFirst), count)).scoreDocs;
            if (ranked.length == 0) {
                return List.of();
            }
            FieldDoc last = (FieldDoc) ranked[ranked.length - 1];
            List<FieldDoc> top = new ArrayList<>(ranked.length);
            for (ScoreDoc hit : ranked) {
                FieldDoc ahead = (FieldDoc) hit;
                if (!ahead.fields[0].equals(last.fields[0]) || !ahead.fields[1].equals(last.fields[1])) {
                    top.add(new FieldDoc(ahead.doc, Float.NaN,
                            new Object[] {ahead.fields[0], ahead.fields[1], new BytesRef(index.id(ahead.doc))}));
                }
            }
            // Items tying with one another ahead of the last place: ordered by id among themselves.
            Comparator<FieldDoc> byKey = Comparator.<FieldDoc, Long>comparing(hit -> (Long) hit.fields[0])
                    .thenComparing(hit -> (Long) hit.fields[1])
                    .thenComparing(hit -> (BytesRef) hit.fields[2]);
            top.sort(newestFirst ? byKey.reversed() : byKey);
            Query tying = and(query, ItemQueries.at((Long) last.fields[0], (Long) last.fields[1]));
            for (ScoreDoc tie : searcher.search(tying, firstOf(ItemQueries.order(newestFirst), count - top.size())).scoreDocs) {
                top.add((FieldDoc) tie);
            }
            return top;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Items past a key in the list's order ('later'), or before it; 'inclusive' counts the key's own place.
    private static Query beyond(SortKey key, boolean later, boolean inclusive, boolean newestFirst) {
        return ItemQueries.beyond(key.date(), key.instant(), key.id(), later != newestFirst, inclusive);
    }

    private static Query and(Query query, Query also) {
        if (also == null) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, Occur.FILTER).add(also, Occur.FILTER).build();
    }
}
