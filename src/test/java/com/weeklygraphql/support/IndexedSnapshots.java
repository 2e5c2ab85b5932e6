package com.weeklygraphql.support;

import com.weeklygraphql.content.index.ContentIndex;
import com.weeklygraphql.content.index.DecodedIssues;
import com.weeklygraphql.content.index.FileState;
import com.weeklygraphql.content.index.ServedIssue;
import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.project.ProjectCatalogue;
import com.weeklygraphql.content.snapshot.CommitInfo;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import com.weeklygraphql.content.search.SearchFields;

/**
 * Snapshots of hand-made issues on a real content index in a temp dir, for tests of the query side that need no
 * git repository. Each issue is served as if read from a blob named after its slug.
 */
public final class IndexedSnapshots {

    private IndexedSnapshots() {
    }

    public static ContentSnapshot of(Path dir, String commit, List<Issue> issues, List<ContentProblem> problems) {
        return inSegments(dir, commit, List.of(issues), problems);
    }

    /** As {@link #of}, with each batch of issues written as a segment of its own (the index opened after each). */
    public static ContentSnapshot inSegments(Path dir, String commit, List<List<Issue>> batches, List<ContentProblem> problems) {
        ProjectCatalogue catalogue = ProjectCatalogue.defaults();
        SearchFields text = new SearchFields(catalogue);
        ContentIndex index = ContentIndex.open(dir, text, new DecodedIssues(1 << 20));
        for (List<Issue> batch : batches) {
            for (Issue issue : batch) {
                serve(index, catalogue, issue);
            }
            if (batches.size() > 1) {
                index.openView().release();
            }
        }
        Map<String, List<ContentProblem>> byPath = new java.util.HashMap<>();
        problems.forEach(problem -> byPath.computeIfAbsent(problem.path(), k -> new java.util.ArrayList<>()).add(problem));
        return new ContentSnapshot(new CommitInfo(commit, "main", Instant.EPOCH, Instant.EPOCH), catalogue,
                com.weeklygraphql.content.parse.NewsletterProfile.defaults(), text,
                index.openView(), byPath, Map.of(), List.of(), "test");
    }

    /**
     * Serves a hand-made issue on the index, as if read from a blob named after its slug: as a sync does, the
     * document of its file (which keeps the issue's bytes), then those of its items.
     */
    public static void serve(ContentIndex index, ProjectCatalogue catalogue, Issue issue) {
        ServedIssue served = new ServedIssue(issue, issue.path(), blobOf(issue.slug()), issue.excerpt());
        index.putFile(new FileState(issue.path(), served.blob(), served, false, List.of()));
        index.serve(served, catalogue);
    }

    /** An issue of one day with nothing but a body of text: enough for ranking and ordering. */
    public static Issue textIssue(String slug, LocalDate day, String text) {
        OffsetDateTime date = day.atStartOfDay().atOffset(ZoneOffset.UTC);
        return new Issue(slug, "content/" + slug + "/index.md", "SOFA Weekly", null, date, null, List.of(), List.of(),
                null, text, 1, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static String blobOf(String slug) {
        return String.format("%040x", slug.hashCode() & 0xffffffffL);
    }
}
