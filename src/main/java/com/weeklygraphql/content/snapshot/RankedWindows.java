package com.weeklygraphql.content.snapshot;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.weeklygraphql.content.index.ItemKind;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
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
     * The window of this search, ranked by {@code rank} (asked for {@link #SIZE} hits) the first time.
     *
     * @param kinds the kinds searched, every one named (not empty for all)
     */
    Window of(String userQuery, Set<ItemKind> kinds, ContentFilter filter, Supplier<List<FieldDoc>> rank,
            LazyCount count) {
        return windows.get(new Key(userQuery, kinds, filter), key -> {
            List<FieldDoc> hits = rank.get();
            return new Window(List.copyOf(hits), hits.size() < SIZE, count);
        });
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
