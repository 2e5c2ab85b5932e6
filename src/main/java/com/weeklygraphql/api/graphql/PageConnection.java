package com.weeklygraphql.api.graphql;

import com.weeklygraphql.content.snapshot.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * A Relay connection with {@code totalCount}. Built here rather than by spring-graphql's Window adapter
 * because the adapter's connections cannot carry a total, and our cursors are sort keys (stable across
 * syncs) rather than offsets; spring-graphql passes a type named {@code ...Connection} through unchanged.
 */
record PageConnection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

    static <T> PageConnection<T> of(Page<T> page) {
        List<Edge<T>> edges = new ArrayList<>(page.entries().size());
        for (int i = 0; i < page.entries().size(); i++) {
            edges.add(new Edge<>(page.cursorOf(i), page.entries().get(i).item()));
        }
        String start = edges.isEmpty() ? null : edges.get(0).cursor();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new PageConnection<>(edges, new PageInfo(page.hasNext(), page.hasPrevious(), start, end), page.totalCount());
    }

    record Edge<T>(String cursor, T node) {
    }

    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }
}
