package com.weeklygraphql.api.export;

import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.Release;
import com.weeklygraphql.content.snapshot.ContentFilter;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.ItemList;
import com.weeklygraphql.content.snapshot.Order;
import java.util.stream.Stream;

/**
 * The adapter between the exports and the snapshot's list selection: the items of one kind matching a
 * filter, in order, as a lazy stream that the writer drains row by row (close it when done). The only code
 * of the exports that knows how a snapshot selects, so that only this class changes when the selection
 * moves to another index.
 */
final class ExportRows {

    private ExportRows() {
    }

    /** How one kind of item is selected. */
    @FunctionalInterface
    interface Selection<T> {
        Stream<T> select(ContentSnapshot snapshot, ContentFilter filter, Order order);
    }

    static Stream<Release> releases(ContentSnapshot snapshot, ContentFilter filter, Order order) {
        return select(snapshot.releases(), snapshot, filter, order);
    }

    static Stream<Question> questions(ContentSnapshot snapshot, ContentFilter filter, Order order) {
        return select(snapshot.questions(), snapshot, filter, order);
    }

    static Stream<Event> events(ContentSnapshot snapshot, ContentFilter filter, Order order) {
        return select(snapshot.events(), snapshot, filter, order);
    }

    private static <T> Stream<T> select(ItemList<T> list, ContentSnapshot snapshot, ContentFilter filter, Order order) {
        return list.stream(filter, order);
    }
}
