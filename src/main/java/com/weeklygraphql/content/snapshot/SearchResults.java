package com.weeklygraphql.content.snapshot;

import com.weeklygraphql.content.index.BestMatches;
import com.weeklygraphql.content.index.IndexView;
import com.weeklygraphql.content.index.ItemKind;
import com.weeklygraphql.content.index.ItemQueries;
import com.weeklygraphql.content.project.ProjectCatalogue;
import com.weeklygraphql.content.search.SearchFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Full-text search over a snapshot's items: ranked by BM25, newest first on ties, narrowed by kinds and the same
 * filters as the lists, paged forward with cursors that name a hit's score and sort key. Snippets are cut only for
 * the hits a client asks them of.
 */
public final class SearchResults {

    /** Snippets per hit at most. */
    static final int SNIPPETS = 3;

    private final IndexView index;
    private final ProjectCatalogue catalogue;
    private final SearchFields text;

    private final RankedWindows windows;

    SearchResults(IndexView index, ProjectCatalogue catalogue, SearchFields text, RankedWindows windows) {
        this.index = index;
        this.catalogue = catalogue;
        this.text = text;
        this.windows = windows;
    }

    /**
     * A page of hits for what a person typed.
     *
     * @param kinds the kinds of items to look at; empty: all
     * @throws IllegalArgumentException when the query, a filter or a cursor cannot be served, saying what to change
     */
    public SearchPage search(String userQuery, Collection<ItemKind> kinds, ContentFilter filter, Integer first, String after) {
        PageRequest request = new PageRequest(first, after, null, null);
        Query ranked = text.search(userQuery);
        BooleanQuery.Builder narrowed = new BooleanQuery.Builder().add(ranked, Occur.MUST);
        // Only items carry text, so every kind at once needs no clause: one clause fewer to step through per match.
        if (!kinds.isEmpty() && !EnumSet.copyOf(kinds).equals(EnumSet.allOf(ItemKind.class))) {
            narrowed.add(ItemQueries.kinds(kinds), Occur.FILTER);
        }
        Query condition = FilterQueries.conditionOf(filter, catalogue, text);
        if (condition != null) {
            narrowed.add(condition, Occur.FILTER);
        }
        Query query = narrowed.build();
        int size = request.effectiveFirst();
        Cursor from = after == null ? null : Cursor.parse(after);
        if (size == 0) {
            return new SearchPage(List.of(), after != null, false, () -> index.count(query));
        }
        RankedWindows.Window window = windows.of(userQuery, kinds.isEmpty() ? EnumSet.allOf(ItemKind.class) : EnumSet.copyOf(kinds),
                filter, () -> top(query, null, RankedWindows.SIZE), new LazyCount(() -> index.count(query)));
        // One hit more than the page says whether the list goes on; past the window, the ranking goes on from the cursor.
        List<FieldDoc> hits = cut(window, from, size + 1).orElseGet(() -> top(query, from, size + 1));
        boolean hasNext = hits.size() > size;
        List<SearchHit> page = new ArrayList<>();
        for (FieldDoc hit : hits.subList(0, Math.min(size, hits.size()))) {
            page.add(new SearchHit(index.item(hit.doc), (Float) hit.fields[0], Cursor.of(hit),
                    () -> text.highlights(index.searcher(), ranked, hit.doc, SNIPPETS)));
        }
        return new SearchPage(page, after != null, hasNext, window.count()::get);
    }

    // The hits after the cursor, if the window holds them all (or holds every hit there is).
    private static Optional<List<FieldDoc>> cut(RankedWindows.Window window, Cursor after, int count) {
        List<FieldDoc> ranked = window.hits();
        int start = 0;
        if (after != null) {
            while (start < ranked.size() && !after.isBefore(ranked.get(start))) {
                start++;
            }
        }
        int end = start + count;
        if (end > ranked.size() && !window.complete()) {
            return Optional.empty();
        }
        return Optional.of(ranked.subList(Math.min(start, ranked.size()), Math.min(end, ranked.size())));
    }

    private List<FieldDoc> top(Query query, Cursor after, int count) {
        try {
            if (after == null) {
                return BestMatches.of(index.searcher(), query, count);
            }
            FieldDoc from = after.toFieldDoc(index.searcher().getIndexReader().maxDoc());
            TopFieldDocs top = index.searcher().search(query,
                    new TopFieldCollectorManager(ItemQueries.relevance(), count, from, count));
            List<FieldDoc> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                hits.add((FieldDoc) hit);
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Where a hit stands in a ranking: its score, then its sort key. A score depends on the archive's statistics,
    // so after a new commit a cursor continues from the same score and key, not necessarily from the same item.
    private record Cursor(float score, LocalDate day, Instant instant, String id) {

        /** Whether the hit ranks after this place: a lower score, or the same score and an older sort key. */
        boolean isBefore(FieldDoc hit) {
            int byScore = Float.compare((Float) hit.fields[0], score);
            if (byScore != 0) {
                return byScore < 0;
            }
            int byDay = ItemQueries.day(hit).compareTo(day);
            if (byDay != 0) {
                return byDay < 0;
            }
            int byInstant = ItemQueries.instant(hit).compareTo(instant);
            if (byInstant != 0) {
                return byInstant < 0;
            }
            // as the index compares ids: by their UTF-8 bytes
            return ((BytesRef) hit.fields[hit.fields.length - 1]).compareTo(new BytesRef(id)) < 0;
        }

        static Cursor of(FieldDoc hit) {
            return new Cursor((Float) hit.fields[0], ItemQueries.day(hit), ItemQueries.instant(hit), ItemQueries.id(hit));
        }

        @Override
        public String toString() {
            String plain = "s|" + Integer.toHexString(Float.floatToIntBits(score)) + "|" + day + "|" + instant + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        // The last document of the reader: a tie on every sort value (the hit itself) is not after the cursor.
        FieldDoc toFieldDoc(int maxDoc) {
            return ItemQueries.after(score, day, instant, id, Math.max(0, maxDoc - 1));
        }

        static Cursor parse(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 5);
                if (parts.length != 5 || !parts[0].equals("s")) {
                    throw new InvalidCursorException(cursor);
                }
                return new Cursor(Float.intBitsToFloat(Integer.parseUnsignedInt(parts[1], 16)), LocalDate.parse(parts[2]),
                        Instant.parse(parts[3]), parts[4]);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new InvalidCursorException(cursor);
            }
        }
    }
}
