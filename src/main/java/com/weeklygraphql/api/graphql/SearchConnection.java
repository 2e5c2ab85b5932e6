package com.weeklygraphql.api.graphql;

import com.weeklygraphql.content.snapshot.SearchHit;
import com.weeklygraphql.content.snapshot.SearchPage;
import java.util.List;

/**
 * A page of search hits as a Relay connection with {@code totalCount}. Named {@code ...Connection} so that
 * spring-graphql passes it through as it is (see {@link PageConnection}).
 */
final class SearchConnection {

    private final SearchPage page;

    SearchConnection(SearchPage page) {
        this.page = page;
    }

    public List<SearchHit> edges() {
        return page.hits();
    }

    /** The hits' items, without scores or snippets. */
    public List<Object> nodes() {
        return page.hits().stream().map(SearchHit::item).toList();
    }

    public PageConnection.PageInfo pageInfo() {
        List<SearchHit> hits = page.hits();
        return new PageConnection.PageInfo(page.hasNext(), page.hasPrevious(),
                hits.isEmpty() ? null : hits.get(0).cursor(), hits.isEmpty() ? null : hits.get(hits.size() - 1).cursor());
    }

    /** Counted only when a client asks for it. */
    public int totalCount() {
        return page.totalCount();
    }
}
