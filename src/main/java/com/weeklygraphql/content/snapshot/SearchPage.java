package com.weeklygraphql.content.snapshot;

import java.util.List;
import java.util.function.IntSupplier;

/** A page of search hits; the total is counted only when asked for. */
public final class SearchPage {

    private final List<SearchHit> hits;
    private final boolean hasPrevious;
    private final boolean hasNext;
    private final LazyCount totalCount;

    SearchPage(List<SearchHit> hits, boolean hasPrevious, boolean hasNext, IntSupplier totalCount) {
        this.hits = List.copyOf(hits);
        this.hasPrevious = hasPrevious;
        this.hasNext = hasNext;
        this.totalCount = new LazyCount(totalCount);
    }

    public List<SearchHit> hits() {
        return hits;
    }

    public boolean hasPrevious() {
        return hasPrevious;
    }

    public boolean hasNext() {
        return hasNext;
    }

    /** Every item that matches, on all pages. */
    public int totalCount() {
        return totalCount.get();
    }
}
