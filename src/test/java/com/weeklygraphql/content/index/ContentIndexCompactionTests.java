package com.weeklygraphql.content.index;

import static com.weeklygraphql.support.IndexedSnapshots.serve;
import static com.weeklygraphql.support.IndexedSnapshots.textIssue;
import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.project.ProjectCatalogue;
import com.weeklygraphql.content.search.SearchFields;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build from scratch ends in one segment per processor, holding exactly what the segments it merged held. */
class ContentIndexCompactionTests {

    @TempDir
    Path dir;

    @Test
    void compactingMergesTheSegmentsOfABuildAndKeepsEveryDocumentInOrder() throws IOException {
        ProjectCatalogue catalogue = ProjectCatalogue.defaults();
        ContentIndex index = ContentIndex.open(dir, new SearchFields(catalogue), new DecodedIssues(1 << 20));
        int processors = Runtime.getRuntime().availableProcessors();
        int segments = 2 * processors + 2;
        int[] tenEach = new int[segments];
        Arrays.fill(tenEach, 10);
        serveInSegments(index, catalogue, tenEach);
        IndexView before = index.openView();
        assertThat(before.searcher().getIndexReader().leaves()).hasSize(segments);

        index.compact();
        IndexView after = index.openView();

        assertThat(after.searcher().getIndexReader().leaves())
                .hasSizeLessThanOrEqualTo(processors);
        assertThat(everyId(after)).containsExactlyElementsOf(everyId(before));
        before.release();
        after.release();
        index.close();
    }

    @Test
    void compactingDealsTheDocumentsEvenlyOverTheSegments() {
        ProjectCatalogue catalogue = ProjectCatalogue.defaults();
        ContentIndex index = ContentIndex.open(dir, new SearchFields(catalogue), new DecodedIssues(1 << 20), null,
                new ContentIndex.Compaction(0, 2));
        // the wrapped policy would merge these into the 40 and the rest
        serveInSegments(index, catalogue, 40, 30, 20, 10, 10, 10);

        index.compact();
        IndexView compacted = index.openView();

        List<Integer> sizes = compacted.searcher().getIndexReader().leaves().stream()
                .map(leaf -> leaf.reader().maxDoc()).toList();
        assertThat(sizes).hasSize(2);
        assertThat(Math.abs(sizes.get(0) - sizes.get(1))).as("documents per segment: %s", sizes)
                .isLessThanOrEqualTo(sizes.stream().mapToInt(Integer::intValue).sum() / 10);
        compacted.release();
        index.close();
    }

    @Test
    void aBuildsManySegmentsAreFragmentedAndACompactedIndexWithACommitsSmallSegmentIsNot() {
        ProjectCatalogue catalogue = ProjectCatalogue.defaults();
        ContentIndex index = ContentIndex.open(dir, new SearchFields(catalogue), new DecodedIssues(1 << 20), null,
                new ContentIndex.Compaction(0, 2));
        serveInSegments(index, catalogue, 20, 20, 20, 20, 20, 20);
        IndexView built = index.openView();
        assertThat(index.fragmented(built)).as("6 segments of 20 issues each").isTrue();

        index.compact();
        IndexView compacted = index.openView();
        serve(index, catalogue, textIssue("one-more", LocalDate.of(2023, 1, 1), "发布"));
        IndexView committed = index.openView();

        assertThat(compacted.searcher().getIndexReader().leaves()).hasSize(2);
        assertThat(index.fragmented(compacted)).isFalse();
        assertThat(committed.searcher().getIndexReader().leaves()).hasSize(3);
        assertThat(index.fragmented(committed)).as("two big segments and a commit's small one").isFalse();
        built.release();
        compacted.release();
        committed.release();
        index.close();
    }

    // Each size a segment of its own: a view opened after each batch flushes it.
    private static void serveInSegments(ContentIndex index, ProjectCatalogue catalogue, int... issuesPerSegment) {
        for (int segment = 0; segment < issuesPerSegment.length; segment++) {
            for (int i = 0; i < issuesPerSegment[segment]; i++) {
                serve(index, catalogue, textIssue("issue-%d-%02d".formatted(segment, i), LocalDate.of(2022, 1, 1).plusDays(i), "发布"));
            }
            index.openView().release();
        }
    }

    private static List<String> everyId(IndexView view) throws IOException {
        int all = Math.max(1, view.searcher().getIndexReader().maxDoc());
        // every item (the files' documents have no id)
        return Arrays.stream(view.searcher().search(new FieldExistsQuery(IndexFields.ID),
                        new TopFieldCollectorManager(ItemQueries.order(true), all, null, all)).scoreDocs)
                .map(hit -> ItemQueries.id((FieldDoc) hit)).toList();
    }
}
