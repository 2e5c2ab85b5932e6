package com.weeklygraphql.api.graphql;

import com.weeklygraphql.content.snapshot.ContentFilter;
import com.weeklygraphql.content.snapshot.ItemList;
import com.weeklygraphql.content.snapshot.Order;
import com.weeklygraphql.content.snapshot.PageRequest;

/** The arguments every list field takes: filter, order and Relay pagination. */
record ListArguments(ContentFilter filter, Order order, Integer first, String after, Integer last, String before) {

    <T> PageConnection<T> page(ItemList<T> list) {
        PageRequest request = new PageRequest(first, after, last, before);
        return PageConnection.of(list.page(ContentFilter.orNone(filter), order == null ? Order.NEWEST_FIRST : order, request));
    }
}
