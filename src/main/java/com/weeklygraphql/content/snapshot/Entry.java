package com.weeklygraphql.content.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * An item of an {@link EntityIndex} with what filtering and paging need: its date, its sort key and the
 * lowercased tags and project names it is found under.
 *
 * @param date the date that filters compare with
 * @param instant the moment used to order items of the same date
 * @param id unique within its kind; breaks ties so the order is total and cursors are stable
 * @param texts what the text filter searches: the item's own strings, referenced rather than joined so
 *     the index holds no second copy of any issue
 */
public record Entry<T>(T item, LocalDate date, Instant instant, String id, Set<String> tags, Set<String> projects,
        List<String> texts) {

    /** Oldest first; a total order, so that a cursor names exactly one place in any list. */
    static final Comparator<Entry<?>> OLDEST_FIRST = Comparator.<Entry<?>, LocalDate>comparing(Entry::date)
            .thenComparing(Entry::instant)
            .thenComparing(Entry::id);

    boolean mentions(String needle) {
        for (String text : texts) {
            if (EntityIndex.containsIgnoreCase(text, needle)) {
                return true;
            }
        }
        return false;
    }

    SortKey key() {
        return new SortKey(date, instant, id);
    }
}
