package com.weeklygraphql.content.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;

/**
 * An item of an {@link EntityIndex} with what filtering and paging need: its date, its sort key and the
 * lowercased tags and project names it is found under.
 *
 * @param date the date that filters compare with
 * @param instant the moment used to order items of the same date
 * @param id unique within its kind; breaks ties so the order is total and cursors are stable
 */
public record Entry<T>(T item, LocalDate date, Instant instant, String id, Set<String> tags, Set<String> projects,
        String text) {

    /** Oldest first; a total order, so that a cursor names exactly one place in any list. */
    static final Comparator<Entry<?>> OLDEST_FIRST = Comparator.<Entry<?>, LocalDate>comparing(Entry::date)
            .thenComparing(Entry::instant)
            .thenComparing(Entry::id);

    SortKey key() {
        return new SortKey(date, instant, id);
    }
}
