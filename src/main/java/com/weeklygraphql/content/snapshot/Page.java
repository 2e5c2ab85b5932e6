package com.weeklygraphql.content.snapshot;

import java.util.List;
import java.util.function.IntSupplier;

/**
 * One page of a filtered, ordered list. The total is counted only when asked for: a client that pages without
 * showing a total does not pay for one.
 *
 * @param cursors the cursor of each item, in the same order
 */
public final class Page<T> {

    private final List<T> items;
    private final List<String> cursors;
    private final boolean hasPrevious;
    private final boolean hasNext;
    private final LazyCount totalCount;

    Page(List<T> items, List<String> cursors, boolean hasPrevious, boolean hasNext, IntSupplier totalCount) {
        this.items = List.copyOf(items);
        this.cursors = List.copyOf(cursors);
        this.hasPrevious = hasPrevious;
        this.hasNext = hasNext;
        this.totalCount = new LazyCount(totalCount);
    }

    public List<T> items() {
        return items;
    }

    public String cursorOf(int index) {
        return cursors.get(index);
    }

    public boolean hasPrevious() {
        return hasPrevious;
    }

    public boolean hasNext() {
        return hasNext;
    }

    /** Every item that matches the filter, on all pages. */
    public int totalCount() {
        return totalCount.get();
    }
}
