package com.weeklygraphql.content.snapshot;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.weeklygraphql.content.index.ItemKind;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.lucene.search.FieldDoc;

/**
 * The best hits of searches already ranked on one snapshot, as a search engine's query result cache keeps them
 * (Solr's {@code queryResultCache}): the next page of a search, and the same search from another reader, are cut
 * from the ranking instead of ranking every match again. A snapshot never changes, so nothing here goes stale;
 * the windows go with their snapshot. Bounded by count (a window is at most {@link #SIZE} hits).
 */
final class RankedWindows {

    /** Hits ranked per search: the largest page and the one hit that says whether the list goes on. */
    static final int SIZE = PageRequest.MAX_SIZE + 1;
    /** Searches kept per snapshot; the least recently used go first. */
    static final int SEARCHES = 500;

    private final Cache<Key, Window> windows = Caffeine.newBuilder().maximumSize(SEARCHES).build();

    /**
     * The window of this search: the one kept, else {@code first} hits ranked by {@code rank} now. Most searches
     * are read on their first page alone, so that is all a search ranks at first; {@link #widened} ranks more for
     * a reader who goes on.
     *
     * @param kinds the kinds searched, every one named (not empty for all)
     */
    Window of(String userQuery, Set<ItemKind> kinds, ContentFilter filter, int first, IntFunction<List<FieldDoc>> rank,
            LazyCount count) {
        return windows.get(new Key(userQuery, kinds, filter), key -> ranked(rank, first, count));
    }

    /**
     * The window of this search with its best {@link #SIZE} hits (the next pages of a reader going on), ranked by
     * {@code rank} now unless the window kept holds them already; the count already made is kept.
     */
    Window widened(String userQuery, Set<ItemKind> kinds, ContentFilter filter, IntFunction<List<FieldDoc>> rank,
            Window narrow) {
        return windows.asMap().compute(new Key(userQuery, kinds, filter), (key, kept) -> {
            Window known = kept == null ? narrow : kept;
            return known.complete() || known.hits().size() >= SIZE ? known : ranked(rank, SIZE, known.count());
        });
    }

    private static Window ranked(IntFunction<List<FieldDoc>> rank, int count, LazyCount matches) {
        List<FieldDoc> hits = rank.apply(count);
        return new Window(List.copyOf(hits), hits.size() < count, matches);
    }

    private record Key(String userQuery, Set<ItemKind> kinds, ContentFilter filter) {
    }

    /**
     * The best hits of one search, in ranking order.
     *
     * @param complete whether they are all the hits there are
     * @param count every match, counted when first asked for
     */
    record Window(List<FieldDoc> hits, boolean complete, LazyCount count) {
    }
}
