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
import java.util.Set;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

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
        Set<ItemKind> asked = kinds.isEmpty() ? EnumSet.allOf(ItemKind.class) : EnumSet.copyOf(kinds);
        BooleanQuery.Builder narrowed = new BooleanQuery.Builder().add(ranked, Occur.MUST);
        // Only items carry text, so every kind at once needs no clause: one clause fewer to step through per match.
        if (!asked.equals(EnumSet.allOf(ItemKind.class))) {
            narrowed.add(ItemQueries.kinds(asked), Occur.FILTER);
        }
        Query condition = FilterQueries.conditionOf(filter, catalogue, text);
        if (condition != null) {
            narrowed.add(condition, Occur.FILTER);
        }
        Query query = narrowed.build();
        int size = request.effectiveFirst();
        Cursor from = after == null ? null : Cursor.parse(after);
        if (size == 0) {
            return new SearchPage(List.of(), after != null, false, () -> index.countSearchMatches(query));
        }
        // One hit more than the page says whether the list goes on; past the window, the ranking goes on from the cursor.
        RankedWindows.Window window = windows.of(userQuery, asked, filter, size + 1, count -> top(query, null, count),
                new LazyCount(() -> index.countSearchMatches(query)));
        Optional<List<FieldDoc>> cut = cut(window, from, size + 1);
        if (cut.isEmpty() && window.hits().size() < RankedWindows.SIZE) {
            window = windows.widened(userQuery, asked, filter, count -> top(query, null, count), window);
            cut = cut(window, from, size + 1);
        }
        List<FieldDoc> hits = cut.orElseGet(() -> top(query, from, size + 1));
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
            FieldDoc place = after.toFieldDoc(0);
            while (start < ranked.size() && BestMatches.RELEVANCE.compare(ranked.get(start), place) <= 0) {
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
        IndexSearcher searcher = index.rankingSearcher();
        try {
            return after == null ? BestMatches.of(searcher, query, count)
                    : BestMatches.after(searcher, query, after.toFieldDoc(searcher.getIndexReader().maxDoc()), count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Where a hit stands in a ranking: its score, then its sort key. A score depends on the archive's statistics,
    // so after a new commit a cursor continues from the same score and key, not necessarily from the same item.
    private record Cursor(float score, LocalDate day, Instant instant, String id) {

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
