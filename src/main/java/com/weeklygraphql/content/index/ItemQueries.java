package com.weeklygraphql.content.index;

import static com.weeklygraphql.content.index.IndexFields.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The queries and orders lists are made of, over the index's item fields, in the list order of {@link ItemOrder}.
 * Day ranges are read off the index's own order: every segment is sorted by day, so the items of a range are one
 * run of documents, found by two binary searches instead of collecting every item of the range from the points.
 */
public final class ItemQueries {

    private static final Sort OLDEST_DAY_AND_INSTANT = new Sort(new SortField(DAY, SortField.Type.LONG),
            new SortField(INSTANT, SortField.Type.LONG));
    private static final Sort NEWEST_DAY_AND_INSTANT = new Sort(new SortField(DAY, SortField.Type.LONG, true),
            new SortField(INSTANT, SortField.Type.LONG, true));

    private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortField(DAY, SortField.Type.LONG, true),
            new SortField(INSTANT, SortField.Type.LONG, true), new SortField(ID, SortField.Type.STRING, true));

    private ItemQueries() {
    }

    public static Query kind(ItemKind kind) {
        return new TermQuery(new Term(KIND, kind.name()));
    }

    /** Items of any of these kinds. */
    public static Query kinds(java.util.Collection<ItemKind> kinds) {
        return new TermInSetQuery(KIND, kinds.stream().map(kind -> new BytesRef(kind.name())).toList());
    }

    /** Best match first, then newest first: the order of search hits. */
    public static Sort relevance() {
        return RELEVANCE;
    }

    /** The values a search hit is sorted by, for {@code searchAfter}: its score, then its sort key. */
    public static FieldDoc after(float score, LocalDate day, Instant instant, String id, int lastDoc) {
        return new FieldDoc(lastDoc, score, new Object[] {score, day.toEpochDay(), instant.toEpochMilli(), new BytesRef(id)});
    }

    /** Items under any of these tags (lower-cased). */
    public static Query anyTag(Collection<String> lowered) {
        return new TermInSetQuery(TAG, lowered.stream().map(BytesRef::new).toList());
    }

    /** Items about any of these projects (canonical names or names as written, lower-cased). */
    public static Query anyProject(Collection<String> lowered) {
        return new TermInSetQuery(PROJECT, lowered.stream().map(BytesRef::new).toList());
    }

    /** Items dated within the range, both ends inclusive, either end open when null. */
    public static Query days(LocalDate from, LocalDate to) {
        long low = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long high = to == null ? Long.MAX_VALUE : to.toEpochDay();
        return low > high ? new MatchNoDocsQuery("empty date range") : dayRange(low, high);
    }

    // Lucene falls back to the points where a segment is not sorted by day (none is: the writer sorts every one).
    private static Query dayRange(long low, long high) {
        return new IndexSortSortedNumericDocValuesRangeQuery(DAY, low, high, LongPoint.newRangeQuery(DAY, low, high));
    }

    public static Sort order(boolean newestFirst) {
        return newestFirst ? ItemOrder.NEWEST_FIRST : ItemOrder.OLDEST_FIRST;
    }

    /**
     * The list order without its last tie-break, the id: numbers only. Comparing ids means looking each one up
     * (a block of the id dictionary decompressed per item entering the queue), which a list of thousands of
     * matches cannot afford; only the items tying on day and instant need it ({@link #at}).
     */
    public static Sort dayAndInstant(boolean newestFirst) {
        return newestFirst ? NEWEST_DAY_AND_INSTANT : OLDEST_DAY_AND_INSTANT;
    }

    /** Items of exactly this day and instant (epoch day, epoch milliseconds). */
    public static Query at(long day, long instant) {
        return new BooleanQuery.Builder()
                .add(dayRange(day, day), Occur.FILTER)
                .add(LongPoint.newExactQuery(INSTANT, instant), Occur.FILTER)
                .build();
    }

    // A hit's sort values: (day, instant, id) for lists, (score, day, instant, id) for search.
    public static LocalDate day(FieldDoc hit) {
        return LocalDate.ofEpochDay((Long) hit.fields[hit.fields.length - 3]);
    }

    public static Instant instant(FieldDoc hit) {
        return Instant.ofEpochMilli((Long) hit.fields[hit.fields.length - 2]);
    }

    public static String id(FieldDoc hit) {
        return ((BytesRef) hit.fields[hit.fields.length - 1]).utf8ToString();
    }

    /**
     * Items whose sort key is after (or before) a key, in ascending key order; with {@code inclusive} the key's
     * own place counts too.
     */
    public static Query beyond(LocalDate day, Instant instant, String id, boolean after, boolean inclusive) {
        long d = day.toEpochDay();
        long i = instant.toEpochMilli();
        BytesRef key = new BytesRef(id);
        Query laterDay = after ? dayRange(d + 1, Long.MAX_VALUE) : dayRange(Long.MIN_VALUE, d - 1);
        Query sameDay = dayRange(d, d);
        Query laterInstant = after ? LongPoint.newRangeQuery(INSTANT, i + 1, Long.MAX_VALUE) : LongPoint.newRangeQuery(INSTANT, Long.MIN_VALUE, i - 1);
        Query sameInstant = LongPoint.newExactQuery(INSTANT, i);
        Query laterId = after ? SortedDocValuesField.newSlowRangeQuery(ID, key, null, inclusive, false)
                : SortedDocValuesField.newSlowRangeQuery(ID, null, key, false, inclusive);
        return new BooleanQuery.Builder()
                .add(laterDay, Occur.SHOULD)
                .add(new BooleanQuery.Builder().add(sameDay, Occur.FILTER).add(laterInstant, Occur.FILTER).build(), Occur.SHOULD)
                .add(new BooleanQuery.Builder().add(sameDay, Occur.FILTER).add(sameInstant, Occur.FILTER)
                        .add(laterId, Occur.FILTER).build(), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }
}
