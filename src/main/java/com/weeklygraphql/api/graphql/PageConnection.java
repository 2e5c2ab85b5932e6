package com.weeklygraphql.api.graphql;

import com.weeklygraphql.content.snapshot.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * A Relay connection with {@code totalCount}. Built here rather than by spring-graphql's Window adapter
 * because the adapter's connections cannot carry a total, and our cursors are sort keys (stable across
 * syncs) rather than offsets; spring-graphql passes a type named {@code ...Connection} through unchanged.
 */
final class PageConnection<T> {

    private final List<Edge<T>> edges;
    private final PageInfo pageInfo;
    private final Page<T> page;

    private PageConnection(List<Edge<T>> edges, PageInfo pageInfo, Page<T> page) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.page = page;
    }

    static <T> PageConnection<T> of(Page<T> page) {
        List<Edge<T>> edges = new ArrayList<>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new Edge<>(page.cursorOf(i), page.items().get(i)));
        }
        String start = edges.isEmpty() ? null : edges.get(0).cursor();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new PageConnection<>(edges, new PageInfo(page.hasNext(), page.hasPrevious(), start, end), page);
    }

    public List<Edge<T>> edges() {
        return edges;
    }

    /** The edges' nodes: the same items, for clients that page by {@code pageInfo} alone. */
    public List<T> nodes() {
        return page.items();
    }

    public PageInfo pageInfo() {
        return pageInfo;
    }

    /** Counted only when a client asks for it. */
    public int totalCount() {
        return page.totalCount();
    }

    record Edge<T>(String cursor, T node) {
    }

    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }
}
