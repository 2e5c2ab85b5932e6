package com.weeklygraphql.content.snapshot;

import java.util.List;

/**
 * One page of a filtered, ordered list.
 *
 * @param totalCount every item that matches the filter, on all pages
 */
public record Page<T>(List<Entry<T>> entries, boolean hasPrevious, boolean hasNext, int totalCount) {

    public List<T> items() {
        return entries.stream().map(Entry::item).toList();
    }

    public String cursorOf(int index) {
        return entries.get(index).key().toCursor();
    }
}
