package com.weeklygraphql.content.index;

import static com.weeklygraphql.content.index.IndexFields.DAY;
import static com.weeklygraphql.content.index.IndexFields.ID;
import static com.weeklygraphql.content.index.IndexFields.INSTANT;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * The order of lists, by sort key (day, instant, id): a total order, so a cursor names exactly one place in any
 * list. The index is written newest first; this class is all a writer needs of the list queries, so that changing
 * a query ({@link ItemQueries}) does not change the index fingerprint and keeps a user's index.
 */
public final class ItemOrder {

    public static final Sort NEWEST_FIRST = new Sort(new SortField(DAY, SortField.Type.LONG, true),
            new SortField(INSTANT, SortField.Type.LONG, true), new SortField(ID, SortField.Type.STRING, true));
    public static final Sort OLDEST_FIRST = new Sort(new SortField(DAY, SortField.Type.LONG),
            new SortField(INSTANT, SortField.Type.LONG), new SortField(ID, SortField.Type.STRING));

    private ItemOrder() {
    }
}
