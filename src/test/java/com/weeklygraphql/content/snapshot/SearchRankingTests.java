package com.weeklygraphql.content.snapshot;

import static com.weeklygraphql.support.IndexedSnapshots.textIssue;
import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.index.BestMatches;
import com.weeklygraphql.content.index.ItemKind;
import com.weeklygraphql.content.index.ItemQueries;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.project.ProjectCatalogue;
import com.weeklygraphql.content.search.SearchFields;
import com.weeklygraphql.support.IndexedSnapshots;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first page of a search is ranked by score, then newest first, exactly as a search sorted on every match
 * would rank it, wherever in the index (which segment, which order of writing) the items are.
 */
class SearchRankingTests {

    private static final long SEED = Long.getLong("ranking.seed", 20261127L);

    @TempDir
    Path dir;

    @Test
    void itemsWithTheSameTextRankNewestFirstWhicheverSegmentHoldsThem() {
        List<Issue> same = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            same.add(textIssue("same-%02d".formatted(i), LocalDate.of(2020, 1, 1).plusWeeks(i), "注册中心的新版本发布了"));
        }
        List<Issue> shuffled = new ArrayList<>(same);
        Collections.shuffle(shuffled, new Random(SEED));
        ContentSnapshot snapshot = IndexedSnapshots.inSegments(dir, "c1", batches(shuffled, 5), List.of());

        SearchPage page = snapshot.search().search("注册中心", List.of(ItemKind.ISSUE), ContentFilter.NONE, 10, null);

        List<String> newestFirst = same.stream().sorted(Comparator.comparing(Issue::date).reversed()).map(Issue::slug)
                .limit(10).toList();
        assertThat(page.hits()).extracting(hit -> ((Issue) hit.item()).slug()).containsExactlyElementsOf(newestFirst);
        assertThat(page.totalCount()).isEqualTo(40);
    }

    @Test
    void theFirstPageIsWhatASortOnEveryMatchGives() throws java.io.IOException {
        Random random = new Random(SEED);
        String[] words = {"注册中心", "服务网格", "SOFARPC", "发布", "事务", "Seata", "MOSN", "版本"};
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0, n = 1 + random.nextInt(4); w < n; w++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            // few distinct days: many ties on score and day, broken by instant and then id
            issues.add(textIssue("issue-%03d".formatted(i), LocalDate.of(2021, 3, 1).plusDays(random.nextInt(6)), text.toString()));
        }
        Collections.shuffle(issues, random);
        ContentSnapshot snapshot = IndexedSnapshots.inSegments(dir, "c1", batches(issues, 7), List.of());
        IndexSearcher searcher = snapshot.index().searcher();
        // every segment sorted newest first: the page is ranked segment by segment, not by the sorted search
        assertThat(searcher.getIndexReader().leaves()).hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(leaf -> assertThat(leaf.reader().getMetaData().getSort()).isEqualTo(ItemQueries.order(true)));

        // and the same with every segment a slice of its own, ranked on threads side by side
        ExecutorService threads = Executors.newFixedThreadPool(3);
        IndexSearcher sliced = new IndexSearcher(searcher.getIndexReader(), threads) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return leaves.stream().map(leaf -> new LeafSlice(new ArrayList<>(List.of(leaf)))).toArray(LeafSlice[]::new);
            }
        };
        assertThat(sliced.getSlices()).hasSizeGreaterThanOrEqualTo(7);
        try {
            for (String typed : List.of("注册中心", "发布", "SOFARPC 发布", "MOSN OR Seata", "版本 -事务")) {
                Query query = new SearchFields(ProjectCatalogue.defaults()).search(typed);
                for (int size : new int[] {1, 3, 10, 50, 400}) {
                    List<String> expected = keys(sorted(searcher, query, size));
                    assertThat(keys(BestMatches.of(searcher, query, size))).as("%s, first %d", typed, size)
                            .containsExactlyElementsOf(expected);
                    assertThat(keys(BestMatches.of(sliced, query, size))).as("%s, first %d, on threads", typed, size)
                            .containsExactlyElementsOf(expected);
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void pagingThroughASearchGivesEveryHitOnceInRankingOrder() throws java.io.IOException {
        Random random = new Random(SEED + 1);
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < 260; i++) {
            String text = random.nextBoolean() ? "发布 注册中心" : random.nextBoolean() ? "发布 发布 版本" : "发布";
            issues.add(textIssue("issue-%03d".formatted(i), LocalDate.of(2022, 5, 1).plusDays(random.nextInt(9)), text));
        }
        Collections.shuffle(issues, random);
        ContentSnapshot snapshot = IndexedSnapshots.inSegments(dir, "c1", batches(issues, 4), List.of());
        Query query = new SearchFields(ProjectCatalogue.defaults()).search("发布");
        List<String> ranking = sorted(snapshot.index().searcher(), query, 1000).stream()
                .map(hit -> ItemQueries.id((FieldDoc) hit)).toList();
        assertThat(ranking).hasSize(260);

        for (int pageSize : new int[] {7, 33, 100}) {
            List<String> paged = new ArrayList<>();
            String cursor = null;
            SearchPage page;
            do {
                page = snapshot.search().search("发布", List.of(ItemKind.ISSUE), ContentFilter.NONE, pageSize, cursor);
                page.hits().forEach(hit -> paged.add(((Issue) hit.item()).slug()));
                assertThat(page.totalCount()).isEqualTo(260);
                cursor = page.hits().isEmpty() ? null : page.hits().get(page.hits().size() - 1).cursor();
            } while (page.hasNext() && paged.size() <= ranking.size());
            assertThat(paged).as("pages of %d", pageSize).containsExactlyElementsOf(ranking);
        }
    }

    private static List<ScoreDoc> sorted(IndexSearcher searcher, Query query, int size) {
        try {
            return List.of(searcher.search(query, new TopFieldCollectorManager(ItemQueries.relevance(), size, null,
                    Integer.MAX_VALUE)).scoreDocs);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> keys(List<? extends ScoreDoc> hits) {
        return hits.stream().map(hit -> {
            FieldDoc doc = (FieldDoc) hit;
            return doc.fields[0] + "|" + ItemQueries.day(doc) + "|" + ItemQueries.instant(doc) + "|" + ItemQueries.id(doc)
                    + "|" + doc.doc;
        }).toList();
    }

    private static <T> List<List<T>> batches(List<T> items, int count) {
        List<List<T>> batches = new ArrayList<>();
        int size = (items.size() + count - 1) / count;
        for (int from = 0; from < items.size(); from += size) {
            batches.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return batches;
    }

}
